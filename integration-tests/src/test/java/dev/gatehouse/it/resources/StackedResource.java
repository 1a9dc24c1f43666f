package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Stacked decorators: Nexios dropped one of them; both must apply. */
@Path("/stacked")
public class StackedResource {

  @GET
  @Auth("header")
  @HasPermission("x")
  public String stacked(@Context SecurityContext security) {
    return Calls.hit("stacked", security);
  }

  /** Class-level @Auth equivalent written the other way round: @HasPermission first. */
  @GET
  @Path("reversed")
  @HasPermission("x")
  @Auth("other")
  public String reversed(@Context SecurityContext security) {
    return Calls.hit("reversed", security);
  }
}
