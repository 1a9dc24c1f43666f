package dev.gatehouse.benchmarks;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * What a user writes without Gatehouse: one filter for every method that reads {@code @Auth} and
 * {@code @HasPermission} by reflection on each request, and verifies the bearer token with
 * Nimbus's {@link DefaultJWTProcessor} (HS256, {@code sub} and {@code exp} required).
 */
final class ReflectiveJwtFilter implements ContainerRequestFilter {

  private final ResourceInfo resourceInfo;
  private final DefaultJWTProcessor<SecurityContext> processor;

  ReflectiveJwtFilter(ResourceInfo resourceInfo, byte[] secret) {
    this.resourceInfo = resourceInfo;
    this.processor = processor(secret);
  }

  /** A {@link DefaultJWTProcessor} as its documentation shows it, for HS256 with this secret. */
  static DefaultJWTProcessor<SecurityContext> processor(byte[] secret) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(secret)));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(null, Set.of("sub", "exp")));
    return processor;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> resource = resourceInfo.getResourceClass();
    Auth auth = method.getAnnotation(Auth.class);
    if (auth == null) {
      auth = resource.getAnnotation(Auth.class);
    }
    HasPermission permission = method.getAnnotation(HasPermission.class);
    if (permission == null) {
      permission = resource.getAnnotation(HasPermission.class);
    }
    if (auth == null && permission == null) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      request.abortWith(unauthorized("Bearer realm=\"bench\""));
      return;
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(header.substring(7), null);
    } catch (Exception e) {
      request.abortWith(unauthorized("Bearer realm=\"bench\", error=\"invalid_token\""));
      return;
    }
    if (permission != null) {
      Object held = claims.getClaim("permissions");
      List<?> permissions = held instanceof List<?> list ? list : List.of();
      for (String required : permission.value()) {
        if (!permissions.contains(required)) {
          request.abortWith(Response.status(403).build());
          return;
        }
      }
    }
  }

  private static Response unauthorized(String challenge) {
    return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
  }
}
