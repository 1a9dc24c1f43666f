package dev.gatehouse.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link AuthenticationBackend} concluded about one request.
 *
 * <p>Four outcomes:
 *
 * <ul>
 *   <li>{@link #success(String, String, Map) success}: the credentials are valid and name an
 *       identity; the {@link UserLoader} turns it into a user;
 *   <li>{@link #none()}: the request carries no credentials this backend understands; the next
 *       backend is tried;
 *   <li>{@link #invalid()}: credentials for this backend were presented and rejected (bad
 *       signature, expired, unknown key, tampered cookie); the next backend is still tried, and if
 *       none succeeds the client gets {@code 401} with this backend's challenge marked invalid
 *       (for bearer tokens {@code error="invalid_token"});
 *   <li>{@link #refused()}: the credentials are valid but may not be used for this request (a
 *       state-changing request carrying a session cookie that fails the cross-site request check);
 *       the next backend is still tried (a bearer token is not at risk), and if none succeeds the
 *       client gets {@code 403}.
 * </ul>
 *
 * <pre>{@code
 * public AuthResult authenticate(ContainerRequestContext request) {
 *   String key = request.getHeaderString("X-Partner-Key");
 *   if (key == null) return AuthResult.none();
 *   String partner = partners.lookup(key);
 *   return partner == null ? AuthResult.invalid() : AuthResult.success(partner, scope(), Map.of());
 * }
 * }</pre>
 *
 * <p>The claims are what the backend learned about the identity (a JWT's claim set, a session's
 * entries); the map is unmodifiable and never contains the credential itself.
 */
public final class AuthResult {

  private static final AuthResult NONE = new AuthResult(Outcome.NONE, null, null, Map.of());
  private static final AuthResult INVALID = new AuthResult(Outcome.INVALID, null, null, Map.of());
  private static final AuthResult REFUSED = new AuthResult(Outcome.REFUSED, null, null, Map.of());

  /** The outcomes. */
  public enum Outcome {
    /** Valid credentials. */
    SUCCESS,
    /** No credentials for this backend. */
    NONE,
    /** Credentials presented but rejected. */
    INVALID,
    /** Valid credentials that this request may not use (403 unless another backend succeeds). */
    REFUSED
  }

  private final Outcome outcome;
  private final String identity;
  private final String scope;
  private final Map<String, Object> claims;

  private AuthResult(Outcome outcome, String identity, String scope, Map<String, Object> claims) {
    this.outcome = outcome;
    this.identity = identity;
    this.scope = scope;
    this.claims = claims;
  }

  /**
   * Valid credentials naming {@code identity}.
   *
   * @param identity the authenticated identity, not blank
   * @param scope the scope of the backend that authenticated it ({@code "jwt"}, ...)
   * @param claims what else the backend knows of the identity; copied (a shallow, unmodifiable
   *     copy that keeps the order and any null values)
   */
  public static AuthResult success(String identity, String scope, Map<String, ?> claims) {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(scope, "scope");
    if (identity.isBlank()) {
      throw new IllegalArgumentException("identity must not be blank");
    }
    return new AuthResult(
        Outcome.SUCCESS,
        identity,
        scope,
        claims.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(claims)));
  }

  /** No credentials for this backend on the request. */
  public static AuthResult none() {
    return NONE;
  }

  /** Credentials for this backend were presented and rejected. */
  public static AuthResult invalid() {
    return INVALID;
  }

  /**
   * Valid credentials that may not be used for this request, such as a session cookie on a
   * cross-site {@code POST}. The user is not loaded; unless a later backend of the chain
   * authenticates the request, a protected endpoint answers {@code 403} and a public one sees an
   * anonymous caller.
   */
  public static AuthResult refused() {
    return REFUSED;
  }

  /** The outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the credentials were valid. */
  public boolean success() {
    return outcome == Outcome.SUCCESS;
  }

  /** Whether credentials were presented and rejected. */
  public boolean isInvalid() {
    return outcome == Outcome.INVALID;
  }

  /** The authenticated identity; null unless {@link #success()}. */
  public String identity() {
    return identity;
  }

  /** The scope of the backend that authenticated the identity; null unless {@link #success()}. */
  public String scope() {
    return scope;
  }

  /** The claims about the identity; empty unless {@link #success()}. */
  public Map<String, Object> claims() {
    return claims;
  }

  @Override
  public String toString() {
    return success() ? "AuthResult[SUCCESS " + scope + " " + identity + "]" : "AuthResult[" + outcome + "]";
  }
}
