package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.testkit.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** A sub-resource (no class-level @Path) reached through {@link LocatorResource}. */
@Auth("header")
public class GuardedSubResource {

  @GET
  public String get(@Context SecurityContext security) {
    return Calls.hit("sub get", security);
  }

  @GET
  @Path("perm")
  @HasPermission("p")
  public String perm(@Context SecurityContext security) {
    return Calls.hit("sub perm", security);
  }
}
