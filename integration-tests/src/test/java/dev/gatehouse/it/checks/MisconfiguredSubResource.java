package dev.gatehouse.it.checks;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.GET;

/**
 * A sub-resource whose scope no backend provides. Jersey builds sub-resource models lazily, on the
 * first request through the locator; Gatehouse walks typed locators at startup and refuses then.
 */
@Auth("nosuchscope")
public class MisconfiguredSubResource {

  @GET
  public String get() {
    return Calls.hit("misconfigured sub get");
  }
}
