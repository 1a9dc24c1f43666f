package dev.gatehouse.runtime.internal;

import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Implemented by each generated {@code <Resource>_Gatehouse} class and listed in {@code
 * META-INF/services/dev.gatehouse.runtime.internal.GatehouseIndex}; found with {@link
 * java.util.ServiceLoader} when the application starts.
 */
public interface GatehouseIndex {

  /** Tells the binder, for every resource method of one resource class, which filter guards it. */
  void bindTo(FilterBinder binder);

  /**
   * Builds filter number {@code filter} of those {@link #bindTo} named, once, at deploy time. One
   * method and a switch rather than a factory object per filter: each would be a class to load
   * when the application starts.
   *
   * @throws IllegalArgumentException when this index has no filter of that number
   * @throws dev.gatehouse.runtime.GatehouseConfigurationException when the method's rules cannot
   *     be met by the configuration (a backend or scope that is not configured)
   */
  default ContainerRequestFilter create(int filter, Gate gate) {
    throw new IllegalArgumentException(getClass().getName() + " has no filter " + filter);
  }
}
