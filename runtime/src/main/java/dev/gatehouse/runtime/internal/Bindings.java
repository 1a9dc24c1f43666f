package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every binding of every generated {@link GatehouseIndex} on the class path, keyed by resource
 * class, method name and parameter types. Built once at deploy time.
 */
final class Bindings implements FilterBinder {

  /** A resource method; parameter types are the erased ones of the method's declaration. */
  record Key(Class<?> resourceClass, String methodName, List<Class<?>> parameterTypes) {
    static Key of(Class<?> resourceClass, Method method) {
      return new Key(resourceClass, method.getName(), Arrays.asList(method.getParameterTypes()));
    }

    // Written out: a record's own equals and hashCode link an invokedynamic call site on first
    // use, a few milliseconds of start-up for nothing.
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && resourceClass == key.resourceClass
          && methodName.equals(key.methodName)
          && parameterTypes.equals(key.parameterTypes);
    }

    @Override
    public int hashCode() {
      return (resourceClass.hashCode() * 31 + methodName.hashCode()) * 31
          + parameterTypes.hashCode();
    }
  }

  /** The index's filter number {@code filter} guards the method; {@link #PUBLIC}: none does. */
  record Binding(Key key, GatehouseIndex index, int filter) {
    static final int PUBLIC = -1;

    boolean isPublic() {
      return filter == PUBLIC;
    }
  }

  private final Map<Key, Binding> bindings = new HashMap<>();
  private final Map<Key, Binding> locators = new HashMap<>();
  private final Set<Class<?>> governedClasses = new HashSet<>();
  private GatehouseIndex current;

  static Bindings load(ClassLoader classLoader) {
    Bindings bindings = new Bindings();
    try {
      for (GatehouseIndex index : ServiceLoader.load(GatehouseIndex.class, classLoader)) {
        bindings.current = index;
        index.bindTo(bindings);
      }
    } catch (ServiceConfigurationError e) {
      throw new GatehouseConfigurationException(
          "a generated Gatehouse index listed in META-INF/services/"
              + GatehouseIndex.class.getName()
              + " cannot be loaded ("
              + e.getMessage()
              + "); the build output is stale or incomplete: rebuild the application",
          e);
    }
    bindings.current = null;
    return bindings;
  }

  @Override
  public void bind(
      Class<?> resourceClass, String methodName, Class<?>[] parameterTypes, int filter) {
    Key key = new Key(resourceClass, methodName, List.of(parameterTypes));
    put(bindings, key, guarded(key, filter));
  }

  @Override
  public void bindPublic(Class<?> resourceClass, String methodName, Class<?>[] parameterTypes) {
    put(bindings, new Key(resourceClass, methodName, List.of(parameterTypes)), Binding.PUBLIC);
  }

  @Override
  public void bindLocator(
      Class<?> resourceClass, String methodName, Class<?>[] parameterTypes, int filter) {
    Key key = new Key(resourceClass, methodName, List.of(parameterTypes));
    put(locators, key, guarded(key, filter));
  }

  @Override
  public void bindPublicLocator(
      Class<?> resourceClass, String methodName, Class<?>[] parameterTypes) {
    put(locators, new Key(resourceClass, methodName, List.of(parameterTypes)), Binding.PUBLIC);
  }

  /** A filter number; never one that would read as "public". */
  private int guarded(Key key, int filter) {
    if (filter < 0) {
      throw new GatehouseConfigurationException(
          current.getClass().getName()
              + " binds "
              + Names.method(key)
              + " to filter number "
              + filter
              + "; generated code never does: rebuild the application");
    }
    return filter;
  }

  private void put(Map<Key, Binding> bindings, Key key, int filter) {
    Binding previous = bindings.put(key, new Binding(key, current, filter));
    if (previous != null && previous.index().getClass() != current.getClass()) {
      throw new GatehouseConfigurationException(
          Names.method(key)
              + " is bound by two generated indexes, "
              + previous.index().getClass().getName()
              + " and "
              + current.getClass().getName()
              + "; a stale copy of the application is on the class path");
    }
    governedClasses.add(key.resourceClass());
  }

  Binding find(Class<?> resourceClass, Method method) {
    return bindings.get(Key.of(resourceClass, method));
  }

  /** The binding of a sub-resource locator, or null. */
  Binding findLocator(Class<?> resourceClass, Method method) {
    return locators.get(Key.of(resourceClass, method));
  }

  boolean governs(Class<?> resourceClass) {
    return governedClasses.contains(resourceClass);
  }

  int size() {
    return bindings.size() + locators.size();
  }
}
