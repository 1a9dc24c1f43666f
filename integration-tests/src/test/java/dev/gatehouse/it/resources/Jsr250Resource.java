package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.it.support.Calls;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/jsr")
@Auth
public class Jsr250Resource {

  @GET
  @Path("plain")
  public String plain(@Context SecurityContext security) {
    return Calls.hit("plain", security);
  }

  @GET
  @Path("open")
  @PermitAll
  public String open(@Context SecurityContext security) {
    return Calls.hit("open", security);
  }

  @GET
  @Path("denied")
  @DenyAll
  public String denied() {
    return Calls.hit("denied");
  }

  @GET
  @Path("roles")
  @RolesAllowed({"r1", "r2"})
  public String roles(@Context SecurityContext security) {
    return Calls.hit("roles", security);
  }
}
