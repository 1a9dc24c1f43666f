package dev.gatehouse.testkit.resources;

import jakarta.ws.rs.Path;

/** An unguarded resource whose sub-resource locators return a guarded sub-resource. */
@Path("/loc")
public class LocatorResource {

  @Path("sub")
  public GuardedSubResource sub() {
    return new GuardedSubResource();
  }

  /** A locator that returns the class: the runtime instantiates it (Jakarta REST 3.1 §3.4.1). */
  @Path("by-class")
  public Class<GuardedSubResource> byClass() {
    return GuardedSubResource.class;
  }
}
