package dev.gatehouse.runtime.internal;

import java.lang.reflect.Method;
import java.util.StringJoiner;

/** Names of resource methods in messages: {@code com.example.ProfileResource#me(SecurityContext)}. */
final class Names {

  private Names() {}

  static String method(Class<?> resourceClass, Method method) {
    return method(Bindings.Key.of(resourceClass, method));
  }

  static String method(Bindings.Key key) {
    StringJoiner parameters = new StringJoiner(", ", "(", ")");
    for (Class<?> type : key.parameterTypes()) {
      parameters.add(type.getSimpleName());
    }
    return key.resourceClass().getName() + "#" + key.methodName() + parameters;
  }
}
