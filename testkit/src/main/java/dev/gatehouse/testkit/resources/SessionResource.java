package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.runtime.SimpleUser;
import dev.gatehouse.runtime.session.Session;
import dev.gatehouse.testkit.support.Calls;
import dev.gatehouse.testkit.support.CurrentRequest;
import dev.gatehouse.testkit.support.Probe;
import dev.gatehouse.testkit.support.ProbeReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;

/**
 * Log in and out, read and write the session, and guarded calls by session or bearer token. The
 * session is reached through {@link CurrentRequest}, as it must be on runtimes that do not inject
 * {@code ContainerRequestContext}.
 */
@Path("/session")
public class SessionResource {

  /** Public: logs {@code user} in and answers the session's cross-site request token. */
  @POST
  @Path("login")
  public String login(@QueryParam("user") String user) {
    Session session = CurrentRequest.session();
    session.login(new SimpleUser(user, "Name " + user, Set.of()));
    return session.csrfToken().orElseThrow();
  }

  @POST
  @Path("logout")
  @Auth("session")
  public String logout() {
    CurrentRequest.session().invalidate();
    return Calls.hit("logout");
  }

  @GET
  @Path("me")
  @Auth("session")
  public String me(@Context SecurityContext security) {
    return Calls.hit("me", security);
  }

  /** By session or bearer token: the cross-site check applies to the session only. */
  @POST
  @Path("me")
  @Auth({"session", "jwt"})
  @Consumes(ProbeReader.TYPE)
  public String post(Probe probe, @Context SecurityContext security) {
    return Calls.hit("posted " + probe.text(), security);
  }

  /** Public: the user is attached when the session authenticates the request. */
  @POST
  @Path("public")
  public String publicPost(@Context SecurityContext security) {
    return Calls.hit("public", security);
  }

  /** Public: stores an entry, starting a session when there is none. */
  @POST
  @Path("set")
  public String set(@QueryParam("key") String key, @QueryParam("value") String value) {
    CurrentRequest.session().set(key, value);
    return "set " + key;
  }

  @GET
  @Path("get")
  public String get(@QueryParam("key") String key) {
    return String.valueOf(CurrentRequest.session().get(key));
  }
}
