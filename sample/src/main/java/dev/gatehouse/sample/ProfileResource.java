package dev.gatehouse.sample;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.runtime.User;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /me}: any authenticated caller; shows what {@link SecurityContext} holds. */
@Path("/me")
@Auth
public class ProfileResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String me(@Context SecurityContext security) {
    User user = (User) security.getUserPrincipal();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("identity", user.identity());
    body.put("name", user.displayName());
    body.put("scheme", security.getAuthenticationScheme());
    body.put("admin", security.isUserInRole("admin"));
    return Json.object(body);
  }
}
