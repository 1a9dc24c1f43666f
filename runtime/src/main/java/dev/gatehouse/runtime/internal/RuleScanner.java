package dev.gatehouse.runtime.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds, by reflection and only at deploy time, whether a resource method is governed by an
 * access rule that Gatehouse enforces. Used for the one case where no generated filter exists:
 * if a rule is present, the processor did not run (or its output is stale), and the application
 * must not start with the method unguarded.
 */
final class RuleScanner {

  private static final Set<String> RULES =
      Set.of(
          "dev.gatehouse.annotations.Auth",
          "dev.gatehouse.annotations.HasPermission",
          "dev.gatehouse.annotations.AuthBackends",
          "jakarta.annotation.security.DenyAll",
          "jakarta.annotation.security.RolesAllowed",
          "jakarta.annotation.security.PermitAll");

  private RuleScanner() {}

  /**
   * Whether the class, any supertype, the method or a method of the same name and arity in any
   * supertype carries a rule annotation. Deliberately broad: a false alarm asks for the processor,
   * a miss would leave a method open.
   */
  static boolean hasRules(Class<?> resourceClass, Method method) {
    Deque<Class<?>> queue = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    queue.add(resourceClass);
    while (!queue.isEmpty()) {
      Class<?> type = queue.poll();
      if (type == Object.class || !seen.add(type)) {
        continue;
      }
      if (hasRule(type.getDeclaredAnnotations())) {
        return true;
      }
      for (Method candidate : type.getDeclaredMethods()) {
        if (candidate.getName().equals(method.getName())
            && candidate.getParameterCount() == method.getParameterCount()
            && hasRule(candidate.getDeclaredAnnotations())) {
          return true;
        }
      }
      if (type.getSuperclass() != null) {
        queue.add(type.getSuperclass());
      }
      queue.addAll(java.util.Arrays.asList(type.getInterfaces()));
    }
    Package pkg = resourceClass.getPackage();
    return pkg != null && hasRule(pkg.getDeclaredAnnotations());
  }

  private static boolean hasRule(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (RULES.contains(annotation.annotationType().getName())) {
        return true;
      }
    }
    return false;
  }
}
