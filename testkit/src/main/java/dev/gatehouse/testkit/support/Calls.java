package dev.gatehouse.testkit.support;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts resource method invocations, and describes what a handler sees. */
public final class Calls {

  /** Every resource method of the kit's resources increments this first thing. */
  public static final AtomicInteger INVOCATIONS = new AtomicInteger();

  private Calls() {}

  /**
   * Records the invocation and returns {@code label} followed by what the security context says:
   * {@code "label user=TestUser:alice scheme=header"}, or {@code "label user=null scheme=null"}.
   */
  public static String hit(String label, SecurityContext security) {
    INVOCATIONS.incrementAndGet();
    Principal principal = security.getUserPrincipal();
    String user =
        principal == null ? "null" : principal.getClass().getSimpleName() + ":" + principal.getName();
    return label + " user=" + user + " scheme=" + security.getAuthenticationScheme();
  }

  /** Records the invocation and returns {@code label}. */
  public static String hit(String label) {
    INVOCATIONS.incrementAndGet();
    return label;
  }
}
