package dev.gatehouse.it.resources;

import jakarta.ws.rs.Path;

/** An unguarded resource with a sub-resource locator that returns a guarded sub-resource. */
@Path("/loc")
public class LocatorResource {

  @Path("sub")
  public GuardedSubResource sub() {
    return new GuardedSubResource();
  }

  /** A locator that returns the class: Jersey instantiates it. */
  @Path("by-class")
  public Class<GuardedSubResource> byClass() {
    return GuardedSubResource.class;
  }
}
