package dev.gatehouse.benchmarks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The same two endpoints the usual Jersey way, for {@code RolesAllowedDynamicFeature}. */
@Path("/jersey")
public class JerseyResource {

  /** Allowed for the benchmark token. */
  @GET
  @Path("read")
  @RolesAllowed("articles:read")
  public String read() {
    return "read";
  }

  /** Forbidden for the benchmark token. */
  @GET
  @Path("admin")
  @RolesAllowed("admin")
  public String admin() {
    return "admin";
  }
}
