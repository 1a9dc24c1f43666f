package dev.gatehouse.runtime.internal;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads, by reflection and only at deploy time, what Jakarta REST makes of a method: resource
 * method, sub-resource locator or neither, following the specification's annotation inheritance
 * (the first declaration in the class, its superclasses, then its interfaces that carries any
 * Jakarta REST annotation wins).
 */
final class JaxRs {

  private JaxRs() {}

  /** Whether Jakarta REST dispatches requests to the method (it has an HTTP method designator). */
  static boolean isResourceMethod(Class<?> type, Method method) {
    for (Annotation annotation : annotations(type, method)) {
      if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the method is a sub-resource locator: {@code @Path} and no designator. */
  static boolean isLocator(Class<?> type, Method method) {
    Annotation[] annotations = annotations(type, method);
    boolean path = false;
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return false;
      }
      path |= annotation.annotationType() == Path.class;
    }
    return path;
  }

  /**
   * The class of the resource a locator returns, when its signature names a concrete one ({@code
   * Order order()} or {@code Class<Order> order()}); null for {@code Object} and the like, which
   * Jakarta REST resolves only at request time.
   */
  static Class<?> subResourceClass(Method locator) {
    Type type = locator.getGenericReturnType();
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == Class.class) {
      type = parameterized.getActualTypeArguments()[0];
    }
    if (!(type instanceof Class<?> returned)
        || returned == Object.class
        || returned == Class.class
        || returned.isInterface()
        || Modifier.isAbstract(returned.getModifiers())) {
      return null;
    }
    return returned;
  }

  private static Annotation[] annotations(Class<?> type, Method method) {
    Deque<Class<?>> queue = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      Class<?> t = queue.poll();
      if (t == Object.class || !seen.add(t)) {
        continue;
      }
      try {
        // The method itself where it is declared: its annotations are the ones the runtime
        // already read (a copy from getDeclaredMethod would parse them again).
        Method declared =
            t == method.getDeclaringClass()
                ? method
                : t.getDeclaredMethod(method.getName(), method.getParameterTypes());
        if (hasJaxRsAnnotation(declared)) {
          return declared.getAnnotations();
        }
      } catch (NoSuchMethodException e) {
        // not declared here: look further up
      }
      if (t.getSuperclass() != null) {
        queue.add(t.getSuperclass());
      }
      queue.addAll(java.util.List.of(t.getInterfaces()));
    }
    return new Annotation[0];
  }

  private static boolean hasJaxRsAnnotation(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs")
          || annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }
}
