package com.example.api;

import dev.gatehouse.runtime.internal.FilterBinder;
import dev.gatehouse.runtime.internal.GatehouseIndex;
import javax.annotation.processing.Generated;

/**
 * Gatehouse checks for {@link PublicResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class PublicResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bindPublic(PublicResource.class, "get", new Class<?>[] {});
  }
}
