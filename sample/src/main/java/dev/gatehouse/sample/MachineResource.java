package dev.gatehouse.sample;

import dev.gatehouse.annotations.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/whoami}: for scripts and machines, by API key only ({@code X-API-Key}); a bearer
 * token is refused here with the API key challenge.
 */
@Path("/api")
@Auth("apikey")
public class MachineResource {

  @GET
  @Path("/whoami")
  @Produces(MediaType.APPLICATION_JSON)
  public String whoami(@Context SecurityContext security) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("identity", security.getUserPrincipal().getName());
    body.put("scheme", security.getAuthenticationScheme());
    return Json.object(body);
  }
}
