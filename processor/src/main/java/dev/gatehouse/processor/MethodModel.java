package dev.gatehouse.processor;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One resource method and the rule that governs it.
 *
 * @param name the method name
 * @param signature the method as a reader finds it: {@code me(SecurityContext)}
 * @param parameterTypeLists the erased parameter types under which the runtime may see the method
 *     (more than one where a generic supertype declares it: the override and its bridge)
 * @param httpMethod the HTTP method ({@code GET}, ...); null for a sub-resource locator
 * @param path the path template of the method, class path included ({@code /profile/{id}})
 * @param rule the access rule
 */
record MethodModel(
    String name,
    String signature,
    List<List<TypeName>> parameterTypeLists,
    String httpMethod,
    String path,
    Rule rule) {

  /** Whether this is a sub-resource locator (checked before it runs, not bound as a filter). */
  boolean isLocator() {
    return httpMethod == null;
  }
}
