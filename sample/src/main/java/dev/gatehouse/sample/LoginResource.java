package dev.gatehouse.sample;

import dev.gatehouse.runtime.SimpleUser;
import dev.gatehouse.runtime.jwt.TokenIssuer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /login}: a demo user's name and password in, a JWT out (the seed's create_jwt). */
@Path("/login")
public class LoginResource {

  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

  /** The application property that holds the {@link TokenIssuer}. */
  static final String ISSUER_PROPERTY = "dev.gatehouse.sample.issuer";

  @Context private Configuration configuration;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response login(
      @FormParam("username") String username, @FormParam("password") String password) {
    SimpleUser user = DemoUsers.login(username, password);
    if (user == null) {
      return wrongPassword();
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", user.identity());
    claims.put("name", user.displayName());
    TokenIssuer issuer = (TokenIssuer) configuration.getProperty(ISSUER_PROPERTY);
    String token = issuer.issue(claims, TOKEN_LIFETIME);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token);
    body.put("token_type", "Bearer");
    body.put("expires_in", TOKEN_LIFETIME.toSeconds());
    return Response.ok(Json.object(body)).build();
  }

  /** 401 problem+json for a failed login (shared with the session login). */
  static Response wrongPassword() {
    return Response.status(Response.Status.UNAUTHORIZED)
        .type("application/problem+json")
        .entity(
            Json.object(
                Map.of(
                    "type", "about:blank",
                    "title", "Unauthorized",
                    "status", 401,
                    "detail", "Unknown user name or wrong password.")))
        .build();
  }
}
