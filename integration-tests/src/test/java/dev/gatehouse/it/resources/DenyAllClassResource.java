package dev.gatehouse.it.resources;

import dev.gatehouse.it.support.Calls;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/jsr-deny")
@DenyAll
public class DenyAllClassResource {

  @GET
  @Path("closed")
  public String closed() {
    return Calls.hit("closed");
  }

  // A method-level @Auth here would be silently overridden by the class's @DenyAll: the processor
  // rejects it (ProcessorErrorsTest.ignoredUnderDenyAll).

  /** @RolesAllowed is the same kind: it replaces the class's @DenyAll. */
  @GET
  @Path("roles")
  @RolesAllowed("r1")
  public String roles(@Context SecurityContext security) {
    return Calls.hit("roles", security);
  }

  @GET
  @Path("open")
  @PermitAll
  public String open(@Context SecurityContext security) {
    return Calls.hit("open", security);
  }
}
