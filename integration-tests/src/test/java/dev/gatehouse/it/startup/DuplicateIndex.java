package dev.gatehouse.it.startup;

import dev.gatehouse.it.ProfileResource;
import dev.gatehouse.runtime.internal.FilterBinder;
import dev.gatehouse.runtime.internal.GatehouseIndex;
import jakarta.ws.rs.core.SecurityContext;

/** A second copy of a binding that the generated {@code ProfileResource_Gatehouse} makes. */
public final class DuplicateIndex implements GatehouseIndex {

  @Override
  public void bindTo(FilterBinder binder) {
    binder.bindPublic(ProfileResource.class, "me", new Class<?>[] {SecurityContext.class});
  }
}
