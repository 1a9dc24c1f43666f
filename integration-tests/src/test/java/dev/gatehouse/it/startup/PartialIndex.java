package dev.gatehouse.it.startup;

import dev.gatehouse.runtime.internal.FilterBinder;
import dev.gatehouse.runtime.internal.GatehouseIndex;

/** A stale index: binds {@link UnindexedResource#a()} only, as if b() were added after it was generated. */
public final class PartialIndex implements GatehouseIndex {

  @Override
  public void bindTo(FilterBinder binder) {
    binder.bindPublic(UnindexedResource.class, "a", new Class<?>[] {});
  }
}
