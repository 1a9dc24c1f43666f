package dev.gatehouse.it;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/profile")
@Auth
public class ProfileResource {

  @GET
  public String me(@Context SecurityContext security) {
    return security.getUserPrincipal().getName() + " via " + security.getAuthenticationScheme();
  }

  @GET
  @Path("admin")
  @Auth("jwt")
  @HasPermission({"admin", "audit"})
  public String admin() {
    return "admin";
  }

  @GET
  @Path("any")
  @HasPermission(value = {"editor", "admin"}, match = HasPermission.Match.ANY)
  public String any() {
    return "any";
  }
}
