package dev.gatehouse.benchmarks;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The resource guarded by Gatehouse (generated filter) and by the reflective filter alike. */
@Path("/bench")
@Auth("jwt")
public class BenchResource {

  /** Allowed for the benchmark token, which holds {@code articles:read}. */
  @GET
  @Path("read")
  @HasPermission("articles:read")
  public String read() {
    return "read";
  }

  /** Forbidden for the benchmark token, which lacks {@code admin}. */
  @GET
  @Path("admin")
  @HasPermission("admin")
  public String admin() {
    return "admin";
  }
}
