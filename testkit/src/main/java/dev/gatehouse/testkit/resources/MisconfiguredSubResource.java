package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.testkit.support.Calls;
import jakarta.ws.rs.GET;

/**
 * A sub-resource whose scope no backend provides. Runtimes build sub-resource models on the first
 * request through the locator, so this cannot be refused at startup; the request must fail.
 */
@Auth("nosuchscope")
public class MisconfiguredSubResource {

  @GET
  public String get() {
    return Calls.hit("misconfigured sub get");
  }
}
