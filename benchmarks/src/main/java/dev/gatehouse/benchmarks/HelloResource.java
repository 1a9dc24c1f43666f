package dev.gatehouse.benchmarks;

import dev.gatehouse.annotations.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The end-to-end endpoints: the same hello, public and behind {@code @Auth("jwt")}. */
@Path("/")
public class HelloResource {

  /** Public. */
  @GET
  @Path("hello")
  @Produces(MediaType.TEXT_PLAIN)
  public String hello() {
    return "Hello";
  }

  /** A valid JWT is required. */
  @GET
  @Path("secure/hello")
  @Produces(MediaType.TEXT_PLAIN)
  @Auth("jwt")
  public String secureHello() {
    return "Hello";
  }
}
