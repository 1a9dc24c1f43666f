package dev.gatehouse.it.startup;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.AuthBackends;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.OtherBackend;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Deployed where only the "header" backend is configured: must refuse to start. */
@Path("/needs-other")
public class NeedsOtherBackendResource {

  @GET
  @Path("open")
  public String open() {
    return Calls.hit("open");
  }

  @GET
  @Auth
  @AuthBackends(OtherBackend.class)
  public String guarded() {
    return Calls.hit("guarded");
  }
}
