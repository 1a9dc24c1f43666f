package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.testkit.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Rules on an abstract superclass: its @Auth and its methods' rules apply to subclasses. */
@Auth("header")
public abstract class AbstractGuardedResource {

  @Context protected SecurityContext security;

  /** Inherited as is: scope "header" (class), permission "sup". */
  @GET
  @Path("x")
  @HasPermission("sup")
  public String x() {
    return Calls.hit("x", security);
  }

  /** Implemented by the subclass without annotations: scope "header" (class). */
  @GET
  @Path("y")
  public abstract String y();

  /** Overridden by the subclass, which adds @HasPermission("zz"): scope "other" and "zz". */
  @GET
  @Path("z")
  @Auth("other")
  public String z() {
    return Calls.hit("super z", security);
  }
}
