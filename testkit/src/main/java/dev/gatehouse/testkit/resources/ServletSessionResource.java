package dev.gatehouse.testkit.resources;

import dev.gatehouse.runtime.SimpleUser;
import dev.gatehouse.runtime.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.Set;

/**
 * Login and logout as an application on a servlet-based runtime writes them, where resource
 * methods get no {@code ContainerRequestContext}: the session through the servlet request's
 * attributes. Deployed only on RESTEasy (Undertow) and CXF (Jetty).
 */
@Path("/servlet-session")
public class ServletSessionResource {

  @POST
  @Path("login")
  public String login(@QueryParam("user") String user, @Context HttpServletRequest request) {
    Session session = Session.from(request::getAttribute);
    session.login(new SimpleUser(user, "Name " + user, Set.of()));
    return session.csrfToken().orElseThrow();
  }

  @POST
  @Path("logout")
  public String logout(@Context HttpServletRequest request) {
    Session.from(request::getAttribute).invalidate();
    return "logged out";
  }
}
