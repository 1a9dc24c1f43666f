package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.testkit.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Endpoints that accept only JWTs. */
@Path("/jwt")
@Auth("jwt")
public class JwtResource {

  @GET
  public String me(@Context SecurityContext security) {
    return Calls.hit("jwt", security);
  }

  @GET
  @Path("admin")
  @HasPermission({"admin", "audit"})
  public String admin(@Context SecurityContext security) {
    return Calls.hit("admin", security);
  }
}
