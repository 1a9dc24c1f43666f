package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.AuthenticationBackend;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import dev.gatehouse.runtime.User;
import dev.gatehouse.runtime.UserLoader;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What generated filters call: chains of backends resolved once at deploy time, and per request
 * the authentication itself and the four ways a request ends (admitted, 401, 403, 503).
 *
 * <p>Deploy-time methods ({@link #configuredBackends()}, {@link #backends}, {@link #withScopes})
 * throw {@link GatehouseConfigurationException} when a rule cannot be met; the runtime adds the
 * resource method's name to the message and refuses to start.
 */
public final class Gate {

  /** A chain longer than this cannot record which backends rejected credentials. */
  static final int MAX_CHAIN = 64;

  private static final System.Logger LOG = System.getLogger("dev.gatehouse");

  private final AuthenticationBackend[] configured;
  private final UserLoader userLoader;

  Gate(List<AuthenticationBackend> configured, UserLoader userLoader) {
    this.configured = configured.toArray(AuthenticationBackend[]::new);
    this.userLoader = userLoader;
    if (this.configured.length > MAX_CHAIN) {
      throw new GatehouseConfigurationException(
          "at most " + MAX_CHAIN + " authentication backends can be configured");
    }
  }

  // ---------------------------------------------------------------- deploy time

  /** The configured backends, in their configured order (no {@code @AuthBackends}). */
  public AuthenticationBackend[] configuredBackends() {
    return configured.clone();
  }

  /**
   * The configured backends of the given classes, in the order given ({@code @AuthBackends}).
   *
   * @throws GatehouseConfigurationException when a class has no configured instance, or several
   */
  public AuthenticationBackend[] backends(Class<?>... backendClasses) {
    AuthenticationBackend[] chain = new AuthenticationBackend[backendClasses.length];
    for (int i = 0; i < backendClasses.length; i++) {
      chain[i] = backend(backendClasses[i]);
    }
    return chain;
  }

  private AuthenticationBackend backend(Class<?> backendClass) {
    AuthenticationBackend found = null;
    for (AuthenticationBackend backend : configured) {
      if (backendClass.isInstance(backend)) {
        if (found != null) {
          throw new GatehouseConfigurationException(
              "@AuthBackends names "
                  + backendClass.getName()
                  + ", and more than one configured backend is an instance of it; configure one");
        }
        found = backend;
      }
    }
    if (found == null) {
      throw new GatehouseConfigurationException(
          "@AuthBackends names "
              + backendClass.getName()
              + ", but no backend of that class is configured; add one with"
              + " AuthenticationFeature.builder().backend(...)");
    }
    return found;
  }

  /**
   * The backends of {@code chain} whose scope is one of {@code scopes} ({@code @Auth("...")}), in
   * chain order.
   *
   * @throws GatehouseConfigurationException when a scope is provided by no backend of the chain
   */
  public AuthenticationBackend[] withScopes(AuthenticationBackend[] chain, String... scopes) {
    Set<String> wanted = new LinkedHashSet<>(Arrays.asList(scopes));
    List<AuthenticationBackend> selected = new ArrayList<>();
    Set<String> provided = new LinkedHashSet<>();
    for (AuthenticationBackend backend : chain) {
      if (wanted.contains(backend.scope())) {
        selected.add(backend);
        provided.add(backend.scope());
      }
    }
    wanted.removeAll(provided);
    if (!wanted.isEmpty()) {
      throw new GatehouseConfigurationException(
          "@Auth requires scope "
              + String.join(", ", quoted(wanted))
              + ", but no backend that may authenticate here provides it (available: "
              + String.join(", ", quoted(scopesOf(chain)))
              + "); configure a backend with that scope or fix the scope");
    }
    return selected.toArray(AuthenticationBackend[]::new);
  }

  private static Set<String> scopesOf(AuthenticationBackend[] chain) {
    Set<String> scopes = new LinkedHashSet<>();
    for (AuthenticationBackend backend : chain) {
      scopes.add(backend.scope());
    }
    return scopes;
  }

  private static List<String> quoted(Set<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String value : values) {
      quoted.add('"' + value + '"');
    }
    return quoted;
  }

  // ---------------------------------------------------------------- request time

  /**
   * Tries the backends of {@code chain} in order; the first success, once the user loader has
   * found the user, wins. A backend that throws, returns null, or reports a scope other than its
   * own, and a user loader that throws, fail the request (503, logged). An identity the user
   * loader does not know ends the chain unauthenticated.
   */
  public Authentication authenticate(ContainerRequestContext request, AuthenticationBackend[] chain) {
    request.setProperty(UnboundMethodGuard.CHECKED, Boolean.TRUE);
    long invalid = 0L;
    for (int i = 0; i < chain.length; i++) {
      AuthenticationBackend backend = chain[i];
      AuthResult result;
      try {
        result = backend.authenticate(request);
      } catch (Exception e) {
        return fail("authentication backend \"" + backend.scope() + "\" failed", e);
      }
      if (result == null) {
        return fail("authentication backend \"" + backend.scope() + "\" returned null", null);
      }
      switch (result.outcome()) {
        case NONE:
          break;
        case INVALID:
          invalid |= 1L << i;
          break;
        case SUCCESS:
          if (!backend.scope().equals(result.scope())) {
            return fail(
                "authentication backend \""
                    + backend.scope()
                    + "\" reported scope \""
                    + result.scope()
                    + "\"; a backend must report its own scope",
                null);
          }
          User user;
          try {
            user = userLoader.load(result);
          } catch (Exception e) {
            return fail("the user loader failed", e);
          }
          if (user == null || !user.isAuthenticated()) {
            return Authentication.anonymous(invalid | 1L << i);
          }
          return Authentication.authenticated(user, result.scope());
      }
    }
    return Authentication.anonymous(invalid);
  }

  private static Authentication fail(String message, Exception cause) {
    LOG.log(Level.ERROR, message + "; answering 503", cause);
    return Authentication.failed();
  }

  /** Lets the request through as {@code auth}'s user: sets the JAX-RS security context. */
  public void admit(ContainerRequestContext request, Authentication auth) {
    boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
    request.setSecurityContext(new GatehouseSecurityContext(auth.user(), auth.scope(), secure));
  }

  /**
   * Ends a request that {@link #authenticate} did not authenticate: 503 when it failed, else 401
   * with a challenge for each backend of {@code chain}.
   */
  public void reject(ContainerRequestContext request, Authentication auth, AuthenticationBackend[] chain) {
    if (auth.isFailed()) {
      request.abortWith(Problems.unavailable());
      return;
    }
    List<String> challenges = new ArrayList<>(chain.length);
    for (int i = 0; i < chain.length; i++) {
      String challenge = chain[i].challenge(auth.rejectedBy(i));
      if (challenge != null && !challenges.contains(challenge)) {
        challenges.add(challenge);
      }
    }
    request.abortWith(Problems.unauthorized(challenges));
  }

  /**
   * Ends a request that was authenticated by a backend whose scope the method does not accept: 401
   * with a challenge for each backend of {@code chain}.
   */
  public void unauthorized(ContainerRequestContext request, AuthenticationBackend[] chain) {
    reject(request, Authentication.anonymous(0L), chain);
  }

  /** Ends a request whose user lacks a permission, or that {@code @DenyAll} refuses: 403. */
  public void forbid(ContainerRequestContext request) {
    request.abortWith(Problems.forbidden());
  }
}
