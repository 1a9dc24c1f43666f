package dev.gatehouse.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * {@code GET /hello}: public. Gatehouse still attaches the user when a valid token comes along,
 * so the greeting is personal for a signed-in caller and never a 401 for anyone.
 */
@Path("/hello")
public class HelloResource {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String hello(@Context SecurityContext security) {
    Principal user = security.getUserPrincipal();
    return user == null ? "Hello, stranger.\n" : "Hello, " + user.getName() + ".\n";
  }
}
