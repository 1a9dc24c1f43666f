package dev.gatehouse.runtime.internal;

/**
 * Implemented by each generated {@code <Resource>_Gatehouse} class and listed in {@code
 * META-INF/services/dev.gatehouse.runtime.internal.GatehouseIndex}; found with {@link
 * java.util.ServiceLoader} when the application starts.
 */
public interface GatehouseIndex {

  /** Tells the binder, for every resource method of one resource class, which filter guards it. */
  void bindTo(FilterBinder binder);
}
