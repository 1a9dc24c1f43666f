package dev.gatehouse.sample;

import dev.gatehouse.annotations.HasPermission;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin}: the {@code admin} permission, with JSR-250 exceptions. */
@Path("/admin")
@HasPermission("admin")
public class AdminResource {

  @GET
  @Path("/stats")
  @Produces(MediaType.TEXT_PLAIN)
  public String stats() {
    Runtime runtime = Runtime.getRuntime();
    return "processors=" + runtime.availableProcessors() + "\n";
  }

  @GET
  @Path("/health")
  @PermitAll
  @Produces(MediaType.TEXT_PLAIN)
  public String health() {
    return "ok\n";
  }

  @POST
  @Path("/shutdown")
  @DenyAll
  public void shutdown() {
    throw new IllegalStateException("never reached: @DenyAll");
  }
}
