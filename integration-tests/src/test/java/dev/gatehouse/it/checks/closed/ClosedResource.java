package dev.gatehouse.it.checks.closed;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.it.support.Calls;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** No class-level rule: the package's @Auth("header") is the default. */
@Path("/closed")
public class ClosedResource {

  @GET
  public String unannotated(@Context SecurityContext security) {
    return Calls.hit("unannotated", security);
  }

  @GET
  @Path("open")
  @PermitAll
  public String open() {
    return Calls.hit("open");
  }

  @GET
  @Path("other")
  @Auth("other")
  public String other(@Context SecurityContext security) {
    return Calls.hit("other", security);
  }
}
