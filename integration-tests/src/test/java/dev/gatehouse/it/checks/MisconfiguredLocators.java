package dev.gatehouse.it.checks;

import dev.gatehouse.annotations.Auth;
import jakarta.ws.rs.Path;

/** Root resources whose locators lead to misconfiguration; each refuses to start. */
public final class MisconfiguredLocators {

  private MisconfiguredLocators() {}

  /** Its sub-resource asks for a scope no backend provides. */
  @Path("/misconfigured-sub")
  public static class ToMisconfiguredSub {
    @Path("s")
    public MisconfiguredSubResource s() {
      return Locators.ran("misconfigured sub", new MisconfiguredSubResource());
    }
  }

  /** The locator itself asks for a scope no backend provides. */
  @Path("/misconfigured-locator")
  public static class UnknownScopeLocator {
    @Path("s")
    @Auth("nosuchscope")
    public PlainSub s() {
      return Locators.ran("unknown scope", new PlainSub());
    }
  }
}
