package dev.gatehouse.benchmarks;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * API key and session authentication as one writes it without Gatehouse, for {@link
 * BackendBenchmark}'s {@code reflective} and {@code jersey} contenders: how a request names its
 * caller ({@link Credentials}), a filter that reads {@code @Auth}/{@code @HasPermission} by
 * reflection on each request ({@link Reflective}), and a filter that only sets the {@code
 * SecurityContext} for Jersey's {@code RolesAllowedDynamicFeature} to check ({@link ForRoles}).
 */
final class HandWrittenAuth {

  private HandWrittenAuth() {}

  /** Who the request's credentials name, or null. */
  interface Credentials {
    String identity(ContainerRequestContext request);
  }

  /** {@code X-API-Key}: its SHA-256, in hex, looked up among the stored hashes. */
  static Credentials apiKey(Map<String, String> identityByHash) {
    return request -> {
      String key = request.getHeaderString("X-API-Key");
      if (key == null) {
        return null;
      }
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return identityByHash.get(HexFormat.of().formatHex(hash));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  /** The {@code session} cookie's id, looked up among the live sessions. */
  static Credentials sessionCookie(Map<String, String> identityBySession) {
    return request -> {
      String cookies = request.getHeaderString(HttpHeaders.COOKIE);
      if (cookies == null) {
        return null;
      }
      for (String pair : cookies.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals("session")) {
          return identityBySession.get(pair.substring(eq + 1).trim());
        }
      }
      return null;
    };
  }

  /** Reads the method's rules by reflection on every request, then checks them. */
  static final class Reflective implements ContainerRequestFilter {
    private final ResourceInfo resourceInfo;
    private final Credentials credentials;
    private final Map<String, Set<String>> permissionsByUser;

    Reflective(
        ResourceInfo resourceInfo,
        Credentials credentials,
        Map<String, Set<String>> permissionsByUser) {
      this.resourceInfo = resourceInfo;
      this.credentials = credentials;
      this.permissionsByUser = permissionsByUser;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Method method = resourceInfo.getResourceMethod();
      Auth auth = method.getAnnotation(Auth.class);
      if (auth == null) {
        auth = resourceInfo.getResourceClass().getAnnotation(Auth.class);
      }
      HasPermission permission = method.getAnnotation(HasPermission.class);
      if (auth == null && permission == null) {
        return;
      }
      String identity = credentials.identity(request);
      Set<String> held = identity == null ? null : permissionsByUser.get(identity);
      if (held == null) {
        request.abortWith(Response.status(401).build());
        return;
      }
      if (permission != null) {
        for (String required : permission.value()) {
          if (!held.contains(required)) {
            request.abortWith(Response.status(403).build());
            return;
          }
        }
      }
    }
  }

  /** Sets the caller as the request's principal, its permissions as roles; checks nothing. */
  static final class ForRoles implements ContainerRequestFilter {
    private final Credentials credentials;
    private final Map<String, Set<String>> permissionsByUser;

    ForRoles(Credentials credentials, Map<String, Set<String>> permissionsByUser) {
      this.credentials = credentials;
      this.permissionsByUser = permissionsByUser;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      String identity = credentials.identity(request);
      Set<String> held = identity == null ? null : permissionsByUser.get(identity);
      if (held == null) {
        return; // anonymous: RolesAllowedDynamicFeature refuses it (403)
      }
      request.setSecurityContext(
          new RolesContext(() -> identity, held::contains, false, "apikey-or-session"));
    }
  }
}
