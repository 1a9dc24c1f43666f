package dev.gatehouse.runtime.session;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/** Loads the session before matching and writes it back on the response. */
@PreMatching
final class SessionFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final System.Logger LOG = System.getLogger(SessionFilter.class.getName());

  private final SessionFeature feature;

  SessionFilter(SessionFeature feature) {
    this.feature = feature;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> values =
        cookieValues(request.getHeaders().get(HttpHeaders.COOKIE), feature.cookieName());
    StoredSession loaded = null;
    if (values.size() == 1) {
      try {
        loaded = feature.store().load(values.get(0), feature.cookieName());
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "loading the session failed; the request has none", e);
      }
    }
    // Two cookies of our name (one planted for a parent domain or a longer path): neither is
    // trusted, as either could be someone else's.
    request.setProperty(
        Session.PROPERTY, new Session(feature, loaded, !values.isEmpty() && loaded == null));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(Session.PROPERTY) instanceof Session session)) {
      return;
    }
    String cookie;
    try {
      cookie = session.finish();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "saving the session failed; expiring its cookie", e);
      cookie = feature.expiredCookie();
    }
    if (cookie != null) {
      response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
      if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
      }
    }
  }

  /** The values of every cookie named {@code name} in the {@code Cookie} headers, in order. */
  static List<String> cookieValues(List<String> headers, String name) {
    List<String> values = new ArrayList<>(1);
    if (headers == null) {
      return values;
    }
    for (String header : headers) {
      if (header == null) {
        continue;
      }
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
          String value = pair.substring(eq + 1).trim();
          if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
          }
          values.add(value);
        }
      }
    }
    return values;
  }
}
