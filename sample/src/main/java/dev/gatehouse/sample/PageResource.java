package dev.gatehouse.sample;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.runtime.User;
import dev.gatehouse.runtime.session.Session;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code GET /page}: a page for logged-in browsers. It shows how a page gets the cross-site request
 * token: the server writes it into a {@code <meta>} element, and the page's script sends it in the
 * {@code X-CSRF-Token} header of its state-changing requests (the session cookie is {@code
 * HttpOnly}, so the script never sees the cookie itself).
 */
@Path("/page")
@Auth("session")
public class PageResource {

  @GET
  @Produces(MediaType.TEXT_HTML)
  public String page(@Context SecurityContext security, @Context ContainerRequestContext request) {
    User user = (User) security.getUserPrincipal();
    String token = Session.from(request).csrfToken().orElseThrow();
    return "<!doctype html>\n"
        + "<meta name=\"csrf-token\" content=\""
        + token
        + "\">\n"
        + "<title>Gatehouse</title>\n"
        + "<p>Hello, "
        + escape(user.displayName())
        + ".</p>\n"
        + "<button id=\"logout\">Log out</button>\n"
        + "<script>\n"
        + "document.getElementById('logout').onclick = () => fetch('/session/logout', {\n"
        + "  method: 'POST',\n"
        + "  headers: {'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content}\n"
        + "}).then(() => location.reload());\n"
        + "</script>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
