package dev.gatehouse.it.resources;

import dev.gatehouse.it.support.Calls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/jsr-roles")
@RolesAllowed("r1")
public class RolesClassResource {

  @GET
  @Path("class")
  public String classRoles(@Context SecurityContext security) {
    return Calls.hit("class", security);
  }

  @GET
  @Path("method")
  @RolesAllowed("r2")
  public String methodRoles(@Context SecurityContext security) {
    return Calls.hit("method", security);
  }
}
