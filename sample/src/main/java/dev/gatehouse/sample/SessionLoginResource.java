package dev.gatehouse.sample;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.runtime.SimpleUser;
import dev.gatehouse.runtime.session.Session;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Browser sessions (the seed's {@code login(request, user)} / {@code logout(request)}): {@code POST
 * /session/login} sets the session cookie and answers the cross-site request token; {@code GET
 * /session/csrf} answers it again; {@code POST /session/logout} ends the session (a state-changing
 * request, so it needs the token or a same-origin page).
 */
@Path("/session")
public class SessionLoginResource {

  @POST
  @Path("/login")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response login(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @Context ContainerRequestContext request) {
    SimpleUser user = DemoUsers.login(username, password);
    if (user == null) {
      return LoginResource.wrongPassword();
    }
    Session.login(request, user); // a new session id: a cookie planted before login is worthless
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("identity", user.identity());
    body.put("name", user.displayName());
    body.put("csrf_token", Session.from(request).csrfToken().orElseThrow());
    return Response.ok(Json.object(body)).build();
  }

  @GET
  @Path("/csrf")
  @Auth("session")
  @Produces(MediaType.APPLICATION_JSON)
  public String csrf(@Context ContainerRequestContext request) {
    return Json.object(Map.of("csrf_token", Session.from(request).csrfToken().orElseThrow()));
  }

  @POST
  @Path("/logout")
  @Auth("session")
  public Response logout(@Context ContainerRequestContext request) {
    Session.logout(request);
    return Response.noContent().build();
  }
}
