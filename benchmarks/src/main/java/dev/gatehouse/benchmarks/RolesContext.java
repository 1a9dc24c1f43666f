package dev.gatehouse.benchmarks;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.function.Predicate;

/**
 * The {@link SecurityContext} a hand-written authentication filter sets for Jersey's {@code
 * RolesAllowedDynamicFeature}: a principal and a test of its roles.
 */
record RolesContext(Principal principal, Predicate<String> roles, boolean secure, String scheme)
    implements SecurityContext {

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    return roles.test(role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return scheme;
  }
}
