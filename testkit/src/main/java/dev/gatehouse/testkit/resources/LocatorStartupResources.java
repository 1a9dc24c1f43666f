package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.testkit.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Locators that lead to a misconfiguration the processor cannot see. */
public final class LocatorStartupResources {

  private LocatorStartupResources() {}

  /** Asks for a scope no backend provides; reached only through {@link ToMisconfigured}. */
  @Auth("nosuchscope")
  public static class MisconfiguredSub {
    @GET
    public String get() {
      return Calls.hit("misconfigured sub get");
    }
  }

  /** A root resource whose locator's signature names the misconfigured sub-resource. */
  @Path("/to-misconfigured")
  public static class ToMisconfigured {
    @GET
    public String index() {
      return Calls.hit("index");
    }

    @Path("s")
    public MisconfiguredSub s() {
      return new MisconfiguredSub();
    }
  }

  /** A root resource with a rule on a locator. */
  @Path("/guarded-locator")
  public static class GuardedLocator {
    @Path("s")
    @Auth
    public GuardedSubResource s() {
      return new GuardedSubResource();
    }
  }
}
