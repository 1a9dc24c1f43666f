package dev.gatehouse.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The access rule of one resource method, after class- and method-level annotations were
 * combined.
 *
 * @param denyAll {@code @DenyAll}: every request is refused with 403
 * @param authenticate whether the caller must be authenticated
 * @param scopes the accepted backend scopes; empty: any
 * @param backends the backend classes of {@code @AuthBackends} in order; empty: the configured
 *     ones
 * @param permissions permission checks, all of which must pass
 * @param sources where each part of the rule was written, for the generated Javadoc
 */
record Rule(
    boolean denyAll,
    boolean authenticate,
    List<String> scopes,
    List<ClassName> backends,
    List<PermissionCheck> permissions,
    List<String> sources) {

  /** Whether the method is open to anyone and needs only the runtime's public filter. */
  boolean isPublic() {
    return !denyAll && !authenticate && backends.isEmpty();
  }

  /**
   * A set of permissions of which ALL (or, with {@code any}, at least one) must be held.
   *
   * @param permissions the permissions, in the order written, without duplicates
   * @param any whether one of them suffices
   */
  record PermissionCheck(List<String> permissions, boolean any) {}
}
