package dev.gatehouse.runtime.internal;

import jakarta.ws.rs.container.ContainerRequestFilter;

/** Builds a generated filter at deploy time; a constructor reference of the generated class. */
@FunctionalInterface
public interface FilterFactory {

  /**
   * The filter for one resource method.
   *
   * @throws dev.gatehouse.runtime.GatehouseConfigurationException when the method's rules cannot
   *     be met by the configuration (a backend or scope that is not configured)
   */
  ContainerRequestFilter create(Gate gate);
}
