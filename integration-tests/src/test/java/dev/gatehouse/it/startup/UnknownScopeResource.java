package dev.gatehouse.it.startup;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Its scope "nosuchscope" matches no backend: must refuse to start. */
@Path("/unknown-scope")
public class UnknownScopeResource {

  @GET
  @Auth({"header", "nosuchscope"})
  public String guarded() {
    return Calls.hit("guarded");
  }
}
