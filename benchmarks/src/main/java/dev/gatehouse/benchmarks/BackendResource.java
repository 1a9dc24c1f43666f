package dev.gatehouse.benchmarks;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * {@link BenchResource}'s two endpoints for API keys and for sessions, guarded by Gatehouse. The
 * benchmark user holds {@code articles:read}, not {@code admin}.
 */
@Path("/backends")
public class BackendResource {

  @GET
  @Path("key/read")
  @Auth("apikey")
  @HasPermission("articles:read")
  public String keyRead() {
    return "read";
  }

  @GET
  @Path("key/admin")
  @Auth("apikey")
  @HasPermission("admin")
  public String keyAdmin() {
    return "admin";
  }

  @GET
  @Path("session/read")
  @Auth("session")
  @HasPermission("articles:read")
  public String sessionRead() {
    return "read";
  }

  @GET
  @Path("session/admin")
  @Auth("session")
  @HasPermission("admin")
  public String sessionAdmin() {
    return "admin";
  }
}
