package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.AuthenticationBackend;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * The filter of a public resource method (no rule, or {@code @PermitAll}): attaches the user when
 * valid credentials are present, as the seed's middleware does, and never rejects. Invalid
 * credentials, an unknown user, or a failing backend leave the request anonymous.
 */
final class PublicFilter implements ContainerRequestFilter {

  private final Gate gate;
  private final AuthenticationBackend[] backends;

  PublicFilter(Gate gate) {
    this.gate = gate;
    this.backends = gate.configuredBackends();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Authentication auth = gate.authenticate(request, backends);
    if (auth.isAuthenticated()) {
      gate.admit(request, auth);
    }
  }
}
