package dev.gatehouse.it.session;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.AuthBackends;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.runtime.SimpleUser;
import dev.gatehouse.runtime.session.Session;
import dev.gatehouse.runtime.session.SessionAuthBackend;
import dev.gatehouse.runtime.session.SessionTooLargeException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.TreeSet;

/** Session endpoints: login, logout, reading and writing entries, and guarded calls. */
@Path("/s")
public class SessionResource {

  /** Logs {@code user} in and answers the session's cross-site request token. */
  @POST
  @Path("/login")
  public String login(@QueryParam("user") String user, @Context ContainerRequestContext request) {
    Session.login(request, new SimpleUser(user, "Name " + user, Set.of()));
    return Session.from(request).csrfToken().orElseThrow();
  }

  @POST
  @Path("/logout")
  @Auth("session")
  public String logout(@Context ContainerRequestContext request) {
    Session.logout(request);
    return Calls.hit("logout");
  }

  @GET
  @Path("/me")
  @Auth("session")
  public String me(@Context SecurityContext security, @Context ContainerRequestContext request) {
    return Calls.hit("me", security) + " name=" + name(request);
  }

  @POST
  @Path("/me")
  @Auth("session")
  public String post(@Context SecurityContext security) {
    return Calls.hit("post", security);
  }

  @PUT
  @Path("/me")
  @Auth("session")
  public String put(@Context SecurityContext security) {
    return Calls.hit("put", security);
  }

  @PATCH
  @Path("/me")
  @Auth("session")
  public String patch(@Context SecurityContext security) {
    return Calls.hit("patch", security);
  }

  @DELETE
  @Path("/me")
  @Auth("session")
  public String delete(@Context SecurityContext security) {
    return Calls.hit("delete", security);
  }

  /** Session first, then the header backend (a stand-in for a bearer token or an API key). */
  @GET
  @Path("/either")
  @Auth({"session", "header"})
  public String either(@Context SecurityContext security) {
    return Calls.hit("either", security);
  }

  @POST
  @Path("/either")
  @Auth({"session", "header"})
  public String postEither(@Context SecurityContext security) {
    return Calls.hit("either", security);
  }

  @GET
  @Path("/only-session")
  @AuthBackends(SessionAuthBackend.class)
  @Auth
  public String onlySession(@Context SecurityContext security) {
    return Calls.hit("only-session", security);
  }

  /** Public: the user is attached when the session authenticates the request. */
  @POST
  @Path("/public")
  public String publicPost(@Context SecurityContext security) {
    return Calls.hit("public", security);
  }

  /** Public: stores an entry, starting a session when there is none. */
  @POST
  @Path("/set")
  public Response set(
      @QueryParam("key") String key,
      @QueryParam("value") String value,
      @Context ContainerRequestContext request) {
    try {
      Session.from(request).set(key, value);
    } catch (SessionTooLargeException e) {
      return Response.status(413).entity(e.getMessage()).build();
    }
    return Response.ok("set " + key).build();
  }

  /** Protected: stores an entry in the logged-in session. */
  @POST
  @Path("/put")
  @Auth("session")
  public String put(
      @QueryParam("key") String key,
      @QueryParam("value") String value,
      @Context ContainerRequestContext request) {
    Session.from(request).set(key, value);
    return "put " + key;
  }

  @GET
  @Path("/get")
  public String get(@QueryParam("key") String key, @Context ContainerRequestContext request) {
    return String.valueOf(Session.from(request).get(key));
  }

  /** The session's keys, sorted. */
  @GET
  @Path("/keys")
  public String keys(@Context ContainerRequestContext request) {
    return String.join(",", new TreeSet<>(Session.from(request).asMap().keySet()));
  }

  private static String name(ContainerRequestContext request) {
    Object user = Session.from(request).get("user");
    return user instanceof java.util.Map<?, ?> map ? String.valueOf(map.get("name")) : "none";
  }
}
