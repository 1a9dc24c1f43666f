package dev.gatehouse.it.startup;

import dev.gatehouse.runtime.internal.FilterBinder;
import dev.gatehouse.runtime.internal.GatehouseIndex;

/** A corrupt index: a guarded binding whose filter number would read as "public". */
public final class NegativeFilterIndex implements GatehouseIndex {

  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(UnindexedResource.class, "a", new Class<?>[] {}, -1);
  }
}
