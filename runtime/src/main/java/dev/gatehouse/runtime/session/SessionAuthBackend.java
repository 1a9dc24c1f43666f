package dev.gatehouse.runtime.session;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.AuthenticationBackend;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Configuration;
import java.util.Map;
import java.util.Objects;

/**
 * Authenticates requests by the user stored in their {@link Session} (the seed's {@code
 * SessionAuthBackend(session_key="user", identifier="id")}), with scope {@value #SCOPE}:
 * {@code @Auth("session")}, {@code @Auth({"jwt", "session"})} and
 * {@code @AuthBackends(SessionAuthBackend.class)} select it.
 *
 * <pre>{@code
 * AuthenticationFeature.builder()
 *     .backend(new SessionAuthBackend())                  // key "user", identifier "identity"
 *     .userLoader(UserLoader.byIdentity(Users::loadUser))
 *     .build();
 * }</pre>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>No entry under the session key: {@link AuthResult#none()}. An entry that is not a map with
 *       a non-blank string under the identifier: {@link AuthResult#invalid()}.
 *   <li>Otherwise {@link AuthResult#success} with that identity, scope {@value #SCOPE}, and the
 *       entry as claims ({@link Session#login} stores {@code identity} and {@code name}, so {@code
 *       UserLoader.fromClaims()} finds the display name) — unless the request changes state and
 *       fails the cross-site request check: then {@link AuthResult#refused()}, so a protected
 *       endpoint answers {@code 403} problem+json (unless a later backend, such as a bearer token,
 *       authenticates the request) and a public endpoint sees an anonymous caller.
 *   <li>The check, for methods other than {@code GET}, {@code HEAD}, {@code OPTIONS} and {@code
 *       TRACE}: a {@code Sec-Fetch-Site} other than {@code same-origin}, or an {@code Origin} other
 *       than the application's own or an {@linkplain SessionFeature.Builder#allowedOrigins allowed
 *       one}, fails; then the request passes with the session's {@linkplain Session#csrfToken()
 *       token} in the {@code X-CSRF-Token} header, or without a token when one of those headers
 *       showed it same-origin (unless {@linkplain SessionFeature.Builder#requireCsrfToken the token
 *       is required}). A client that sends neither header (curl, a script) needs the token. A wrong
 *       token always fails. Requests authenticated by other backends are not checked.
 *   <li>The application refuses to start when this backend is configured and the {@link
 *       SessionFeature} is not registered, on runtimes that show it (Jersey); on the others (see
 *       {@link AuthenticationBackend#checkConfiguration}) requests it would authenticate fail
 *       with {@code 503} and a log line naming the missing feature.
 * </ul>
 */
public final class SessionAuthBackend implements AuthenticationBackend {

  /** The scope of this backend, as named in {@code @Auth("session")}. */
  public static final String SCOPE = "session";

  /** The default session key of the user entry. */
  public static final String DEFAULT_SESSION_KEY = Session.DEFAULT_USER_KEY;

  /** The default field of the user entry that holds the identity. */
  public static final String DEFAULT_IDENTIFIER = "identity";

  private final String sessionKey;
  private final String identifier;

  /**
   * A backend reading the entry {@value #DEFAULT_SESSION_KEY}, field {@value #DEFAULT_IDENTIFIER}.
   */
  public SessionAuthBackend() {
    this(DEFAULT_SESSION_KEY, DEFAULT_IDENTIFIER);
  }

  /**
   * A backend reading the identity from field {@code identifier} of the map stored under {@code
   * sessionKey}.
   */
  public SessionAuthBackend(String sessionKey, String identifier) {
    this.sessionKey = Objects.requireNonNull(sessionKey, "sessionKey");
    this.identifier = Objects.requireNonNull(identifier, "identifier");
  }

  /** Always {@value #SCOPE}. */
  @Override
  public String scope() {
    return SCOPE;
  }

  @Override
  public AuthResult authenticate(ContainerRequestContext request) {
    Session session = Session.from(request);
    Object entry = session.get(sessionKey);
    if (entry == null) {
      return AuthResult.none();
    }
    if (!(entry instanceof Map<?, ?> user)
        || !(user.get(identifier) instanceof String identity)
        || identity.isBlank()) {
      return AuthResult.invalid();
    }
    if (!session.feature().crossSiteCheck().allows(request, session.csrf())) {
      return AuthResult.refused();
    }
    @SuppressWarnings("unchecked")
    Map<String, ?> claims = (Map<String, ?>) user;
    return AuthResult.success(identity, SCOPE, claims);
  }

  /**
   * Refuses to start without the {@link SessionFeature}.
   *
   * @throws GatehouseConfigurationException when it is not registered
   */
  @Override
  public void checkConfiguration(Configuration configuration) {
    if (!configuration.isRegistered(SessionFeature.class)) {
      throw new GatehouseConfigurationException(
          "SessionAuthBackend is configured but the session feature is not registered: register"
              + " SessionFeature.builder().build() with the application beside the"
              + " AuthenticationFeature");
    }
  }

  @Override
  public String toString() {
    return "SessionAuthBackend[" + sessionKey + "." + identifier + "]";
  }
}
