package dev.gatehouse.runtime.internal;

/** Receives the bindings of a {@link GatehouseIndex}; implemented by the runtime. */
public interface FilterBinder {

  /**
   * The resource method {@code resourceClass.methodName(parameterTypes)} is guarded by the filter
   * that the index {@link GatehouseIndex#create creates} under number {@code filter}.
   */
  void bind(Class<?> resourceClass, String methodName, Class<?>[] parameterTypes, int filter);

  /**
   * The resource method is public: it gets the runtime's filter that attaches the user when valid
   * credentials are present and never rejects.
   */
  void bindPublic(Class<?> resourceClass, String methodName, Class<?>[] parameterTypes);

  /**
   * The sub-resource locator {@code resourceClass.methodName(parameterTypes)} is guarded by the
   * index's filter number {@code filter}: it runs before the locator, so it guards every method of
   * the resource the locator returns.
   */
  void bindLocator(
      Class<?> resourceClass, String methodName, Class<?>[] parameterTypes, int filter);

  /** The sub-resource locator has no rule; the methods of what it returns keep their own. */
  void bindPublicLocator(Class<?> resourceClass, String methodName, Class<?>[] parameterTypes);
}
