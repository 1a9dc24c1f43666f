package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.User;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The JAX-RS view of an authenticated request: the principal is the loaded {@link User}, roles are
 * its permissions, and the authentication scheme is the scope of the backend that authenticated
 * it ({@code "jwt"}, {@code "session"}, {@code "apikey"} or a custom one).
 */
final class GatehouseSecurityContext implements SecurityContext {

  private final User user;
  private final String scope;
  private final boolean secure;

  GatehouseSecurityContext(User user, String scope, boolean secure) {
    this.user = user;
    this.scope = scope;
    this.secure = secure;
  }

  @Override
  public User getUserPrincipal() {
    return user;
  }

  @Override
  public boolean isUserInRole(String role) {
    return role != null && user.hasPermission(role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return scope;
  }
}
