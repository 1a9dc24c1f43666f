package dev.gatehouse.runtime.session;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cross-site request check of state-changing requests authenticated by the session cookie.
 *
 * <p>Safe methods ({@code GET}, {@code HEAD}, {@code OPTIONS}, {@code TRACE}) pass. Any other
 * method passes only when:
 *
 * <ol>
 *   <li>the browser does not say it is cross-origin: {@code Sec-Fetch-Site}, when present, is
 *       {@code same-origin}; {@code Origin}, when present, is the application's own origin (the
 *       scheme, host and port the request was addressed to) or one of the allowed origins ({@code
 *       Origin: null} never passes); either header sent twice fails; and
 *   <li>either the {@code X-CSRF-Token} header (once) equals the session's token (compared in
 *       constant time), or, unless the token is required, the browser said the request is
 *       same-origin (one of the headers above was present and passed).
 * </ol>
 *
 * <p>So a browser page of the application passes by its {@code Origin} alone; a client that sends
 * neither header (curl, old browsers) must present the token; a wrong token always fails.
 */
final class CrossSiteCheck {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final String tokenHeader;
  private final Set<String> allowedOrigins;
  private final boolean requireToken;

  CrossSiteCheck(String tokenHeader, Set<String> allowedOrigins, boolean requireToken) {
    this.tokenHeader = tokenHeader;
    this.allowedOrigins = allowedOrigins;
    this.requireToken = requireToken;
  }

  boolean allows(ContainerRequestContext request, String sessionToken) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return true;
    }
    boolean sameOrigin = false;
    String site = single(request, "Sec-Fetch-Site");
    if (site != null) {
      if (site.isEmpty() || !site.equalsIgnoreCase("same-origin")) {
        return false;
      }
      sameOrigin = true;
    }
    String origin = single(request, "Origin");
    if (origin != null) {
      if (origin.isEmpty() || !isAllowed(origin, request)) {
        return false;
      }
      sameOrigin = true;
    }
    String token = single(request, tokenHeader);
    if (token != null) {
      return sessionToken != null
          && !token.isEmpty()
          && MessageDigest.isEqual(
              token.getBytes(StandardCharsets.UTF_8),
              sessionToken.getBytes(StandardCharsets.UTF_8));
    }
    return sameOrigin && !requireToken;
  }

  /** The header's only value; "" when it is sent more than once; null when absent. */
  private static String single(ContainerRequestContext request, String name) {
    List<String> values = request.getHeaders().get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    return values.size() == 1 && values.get(0) != null ? values.get(0).trim() : "";
  }

  private boolean isAllowed(String origin, ContainerRequestContext request) {
    String normalized = normalize(origin);
    if (normalized == null) {
      return false;
    }
    if (allowedOrigins.contains(normalized)) {
      return true;
    }
    // The request URI, not the base URI: CXF builds the base URI from the endpoint's address
    // (localhost) whatever host the request was addressed to.
    URI addressed = request.getUriInfo().getRequestUri();
    String own = normalize(addressed.getScheme() + "://" + addressed.getRawAuthority());
    return normalized.equals(own);
  }

  /**
   * {@code scheme://host:port} in lower case with the port spelled out, or null when {@code origin}
   * is not an http(s) origin (a path, user info, {@code null}).
   */
  static String normalize(String origin) {
    URI uri;
    try {
      uri = new URI(origin);
    } catch (Exception e) {
      return null;
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
      return null;
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
