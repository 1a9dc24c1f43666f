package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/scope")
public class ScopeResource {

  @GET
  @Path("header")
  @Auth("header")
  public String header(@Context SecurityContext security) {
    return Calls.hit("header", security);
  }

  @GET
  @Path("other")
  @Auth("other")
  public String other(@Context SecurityContext security) {
    return Calls.hit("other", security);
  }

  @GET
  @Path("either")
  @Auth({"header", "other"})
  public String either(@Context SecurityContext security) {
    return Calls.hit("either", security);
  }
}
