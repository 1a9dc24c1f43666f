package dev.gatehouse.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * A way to authenticate a request: a JWT, a session, an API key, or a custom scheme.
 *
 * <p>Built in: {@code JwtAuthBackend} (scope {@code "jwt"}), {@code SessionAuthBackend} (scope
 * {@code "session"}) and {@code ApiKeyAuthBackend} (scope {@code "apikey"}). A custom backend implements this
 * interface and is configured in the {@link AuthenticationFeature}; {@code @Auth("partner")}
 * then selects it by its scope, and {@code @AuthBackends(PartnerKeyBackend.class)} by its class.
 *
 * <pre>{@code
 * public final class PartnerKeyBackend implements AuthenticationBackend {
 *   public String scope() { return "partner"; }
 *
 *   public AuthResult authenticate(ContainerRequestContext request) {
 *     String key = request.getHeaderString("X-Partner-Key");
 *     if (key == null) return AuthResult.none();
 *     String partner = partners.lookup(key);          // may throw: the client gets 503
 *     return partner == null ? AuthResult.invalid() : AuthResult.success(partner, scope(), Map.of());
 *   }
 *
 *   public String challenge(boolean invalidCredentials) { return "PartnerKey realm=\"api\""; }
 * }
 * }</pre>
 *
 * <p>Contract: {@link #authenticate} must not read the request entity, must be safe to call from
 * many threads, and must return a result whose scope is {@link #scope()} (Gatehouse treats any
 * other scope as a broken backend: {@code 503}). An exception thrown by it stops the request
 * with {@code 503} and is logged; it never lets the request through.
 */
public interface AuthenticationBackend {

  /** The scope this backend authenticates for, as named in {@code @Auth}; constant, not blank. */
  String scope();

  /**
   * Examines the request's credentials.
   *
   * @return {@link AuthResult#success success}, {@link AuthResult#none() none} or {@link
   *     AuthResult#invalid() invalid}; never null
   * @throws Exception when the backend cannot decide (its store is down): the client gets 503
   */
  AuthResult authenticate(ContainerRequestContext request) throws Exception;

  /**
   * The {@code WWW-Authenticate} challenge this backend adds to a {@code 401}, or null for none
   * (cookie-based schemes have none).
   *
   * @param invalidCredentials whether this backend rejected credentials on this request
   */
  default String challenge(boolean invalidCredentials) {
    return null;
  }

  /**
   * Called once when the {@link AuthenticationFeature} is registered, with the application's
   * configuration: a backend that needs another component registered (the session backend needs
   * the session feature) throws here, so that the application refuses to start.
   *
   * <p>Called only where the runtime shows a feature the application's whole configuration
   * (Jersey). RESTEasy shows a feature only what was registered before it, and CXF shows it
   * nothing, so there it is not called; a backend must then also fail requests (throw, for a
   * {@code 503}) when the component is missing.
   *
   * @throws GatehouseConfigurationException naming what is missing
   */
  default void checkConfiguration(jakarta.ws.rs.core.Configuration configuration) {}
}
