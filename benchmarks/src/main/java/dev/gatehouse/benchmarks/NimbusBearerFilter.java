package dev.gatehouse.benchmarks;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import java.util.List;

/**
 * The usual Jersey set-up's authentication half: a global filter that verifies a bearer token with
 * {@link DefaultJWTProcessor} and installs a {@link SecurityContext} whose roles are the token's
 * {@code permissions}; {@code RolesAllowedDynamicFeature} does the authorization.
 */
@Priority(Priorities.AUTHENTICATION)
final class NimbusBearerFilter implements ContainerRequestFilter {

  private final DefaultJWTProcessor<com.nimbusds.jose.proc.SecurityContext> processor;

  NimbusBearerFilter(byte[] secret) {
    this.processor = ReflectiveJwtFilter.processor(secret);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return;
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(header.substring(7), null);
    } catch (Exception e) {
      request.abortWith(
          Response.status(401)
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
              .build());
      return;
    }
    Principal principal = claims::getSubject;
    Object held = claims.getClaim("permissions");
    List<?> permissions = held instanceof List<?> list ? list : List.of();
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(
        new RolesContext(principal, permissions::contains, secure, "Bearer"));
  }
}
