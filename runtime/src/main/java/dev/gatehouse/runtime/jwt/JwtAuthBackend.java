package dev.gatehouse.runtime.jwt;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.AuthenticationBackend;
import dev.gatehouse.runtime.GatehouseConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates requests by a JWT in {@code Authorization: Bearer <token>} (RFC 6750), with scope
 * {@value #SCOPE}.
 *
 * <pre>{@code
 * GatehouseConfig config = GatehouseConfig.fromEnvironment().build();
 * AuthenticationBackend jwt = new JwtAuthBackend(config);
 *
 * AuthenticationFeature.builder()
 *     .backend(jwt)
 *     .userLoader(UserLoader.fromClaims())     // user from "sub", "name", "permissions"
 *     .build();
 * }</pre>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>No {@code Authorization} header, or one with another scheme ({@code Basic ...}): {@link
 *       AuthResult#none()}, so other backends may try.
 *   <li>Invalid, {@link AuthResult#invalid()}: more than one {@code Authorization} header; the
 *       scheme {@code Bearer} (any case) not followed by exactly one space and a token; and every
 *       token the checks below reject.
 *   <li>The token: at most {@link GatehouseConfig#maxTokenLength()} characters, compact JWS in
 *       strict base64url, {@code alg} in the allow-list (never {@code none}), no {@code crit},
 *       {@code b64} or {@code cty} header, {@code typ} absent or {@code JWT}/{@code at+jwt}, a
 *       valid signature by the configured secret or key.
 *   <li>The claims: a JSON object, read strictly (RFC 8259; no duplicate key at any level, no
 *       unpaired surrogate, at most 32 levels of nesting inside a claim); {@code exp} required
 *       and {@code now < exp + leeway}; {@code nbf} and {@code iat}, when present, {@code <= now
 *       + leeway}; time claims must be JSON
 *       numbers; {@code iss} equal to {@link GatehouseConfig#issuer()} and {@code aud} (a string or
 *       an array of strings) containing {@link GatehouseConfig#audience()} when those are
 *       configured; the {@link GatehouseConfig#identityClaim()} a non-blank string.
 *   <li>Success: {@link AuthResult#success} with that identity, scope {@value #SCOPE} and the
 *       claims as plain immutable Java values ({@code String}, {@code Long}, {@code Double},
 *       {@code Boolean}, {@code List}, {@code Map}); {@code exp}, {@code nbf}, {@code iat} as epoch
 *       seconds ({@code Long}); top-level claims whose value is JSON {@code null} are left out.
 *   <li>Bad input never throws; the token never appears in logs (rejection reasons are logged at
 *       {@code DEBUG} on {@code System.Logger} {@code dev.gatehouse.runtime.jwt.*}).
 *   <li>{@link #challenge(boolean)}: {@code Bearer realm="<realm>"}, plus {@code ,
 *       error="invalid_token"} after a rejected token (no description that could help an
 *       attacker).
 * </ul>
 *
 * <p>Tokens that passed every check are remembered (up to 1,024 of at most 2,048 characters; a
 * newer token can take an older one's place), so a client that sends the same token again is
 * answered by a comparison of the whole token (without an early exit) instead of a signature
 * check; the time claims are checked against the clock on every request all the same, and a
 * rejected token is never remembered.
 *
 * <p>Thread-safe; build one per configuration and share it: the signature verifiers are made
 * once, in the constructor.
 */
public final class JwtAuthBackend implements AuthenticationBackend {

  /** The scope of this backend, as named in {@code @Auth("jwt")}. */
  public static final String SCOPE = "jwt";

  private static final System.Logger LOG = System.getLogger(JwtAuthBackend.class.getName());
  private static final String BEARER = "Bearer";

  private final JwsVerifier verifier;
  private final Clock clock;
  private final long leewayMillis;
  private final String issuer;
  private final String audience;
  private final String identityClaim;
  private final String challenge;
  private final String invalidChallenge;
  private final VerifiedTokenCache cache = new VerifiedTokenCache();

  /**
   * A backend for this configuration.
   *
   * @throws dev.gatehouse.runtime.GatehouseConfigurationException when a key cannot be used
   */
  public JwtAuthBackend(GatehouseConfig config) {
    Objects.requireNonNull(config, "config");
    this.verifier = new JwsVerifier(config);
    this.clock = config.clock();
    this.leewayMillis = config.clockLeeway().toMillis();
    this.issuer = config.issuer().orElse(null);
    this.audience = config.audience().orElse(null);
    this.identityClaim = config.identityClaim();
    this.challenge = "Bearer realm=\"" + config.realm() + "\"";
    this.invalidChallenge = challenge + ", error=\"invalid_token\"";
  }

  /** Always {@value #SCOPE}. */
  @Override
  public String scope() {
    return SCOPE;
  }

  /** Reads the bearer token of the request and {@linkplain #verify verifies} it. Never throws. */
  @Override
  public AuthResult authenticate(ContainerRequestContext request) {
    MultivaluedMap<String, String> headers = request.getHeaders();
    List<String> values = headers == null ? null : headers.get(HttpHeaders.AUTHORIZATION);
    if (values == null || values.isEmpty()) {
      return AuthResult.none();
    }
    if (values.size() > 1) {
      return invalid("more than one Authorization header");
    }
    String value = values.get(0);
    if (value == null) {
      return AuthResult.none();
    }
    int space = value.indexOf(' ');
    String scheme = space < 0 ? value : value.substring(0, space);
    if (!scheme.equalsIgnoreCase(BEARER)) {
      return AuthResult.none();
    }
    if (space < 0 || space == value.length() - 1) {
      return invalid("Bearer without a token");
    }
    return verify(value.substring(space + 1));
  }

  /**
   * Verifies a raw token (without {@code Bearer }), as for a request, for transports other than
   * the {@code Authorization} header.
   *
   * @return {@link AuthResult#success success} or {@link AuthResult#invalid() invalid}, never
   *     {@code none}; never throws
   */
  public AuthResult verify(String token) {
    long now = clock.millis();
    VerifiedTokenCache.Entry cached = token == null ? null : cache.get(token);
    if (cached != null) {
      // Everything but the time claims was checked when it was stored and cannot change since.
      return timely(cached, now) ? cached.result() : AuthResult.invalid();
    }
    Optional<JwsVerifier.VerifiedJws> jws = verifier.verify(token);
    if (jws.isEmpty()) {
      return AuthResult.invalid();
    }
    Map<String, Object> claims = StrictJson.parseObject(jws.get().payload());
    if (claims == null) {
      return invalid("payload is not a JSON object");
    }
    Long exp = JsonValues.numericDateMillis(claims.get("exp"));
    if (exp == null) {
      return invalid("exp missing or not a number");
    }
    Long nbf = timeClaim(claims, "nbf");
    Long iat = timeClaim(claims, "iat");
    if (nbf == null) {
      return invalid("nbf not a number");
    }
    if (iat == null) {
      return invalid("iat not a number");
    }
    if (issuer != null && !issuer.equals(claims.get("iss"))) {
      return invalid("iss missing or not the configured issuer");
    }
    if (audience != null && !hasAudience(claims.get("aud"))) {
      return invalid("aud missing or without the configured audience");
    }
    if (!(claims.get(identityClaim) instanceof String identity) || identity.isBlank()) {
      return invalid("identity claim missing, blank or not a string");
    }
    plain(claims);
    VerifiedTokenCache.Entry entry =
        new VerifiedTokenCache.Entry(
            token, AuthResult.success(identity, SCOPE, claims), exp, nbf, iat);
    if (!timely(entry, now)) {
      return AuthResult.invalid();
    }
    cache.put(entry);
    return entry.result();
  }

  /**
   * The time rules, checked on every request, cached or not: {@code now < exp + leeway}, {@code
   * nbf} and {@code iat} not after {@code now + leeway}.
   */
  private boolean timely(VerifiedTokenCache.Entry entry, long now) {
    if (now - leewayMillis >= entry.expMillis()) {
      return rejected("expired");
    }
    if (entry.nbfMillis() > now + leewayMillis) {
      return rejected("nbf in the future");
    }
    if (entry.iatMillis() > now + leewayMillis) {
      return rejected("iat in the future");
    }
    return true;
  }

  /**
   * The {@code WWW-Authenticate} challenge: {@code Bearer realm="<realm>"}, with {@code ,
   * error="invalid_token"} when a token was rejected.
   */
  @Override
  public String challenge(boolean invalidCredentials) {
    return invalidCredentials ? invalidChallenge : challenge;
  }

  @Override
  public String toString() {
    return "JwtAuthBackend[" + challenge + "]";
  }

  /** An absent time claim is {@link Long#MIN_VALUE}; a present one must be a number (else null). */
  private static Long timeClaim(Map<String, Object> claims, String name) {
    return claims.containsKey(name)
        ? JsonValues.numericDateMillis(claims.get(name))
        : Long.valueOf(Long.MIN_VALUE);
  }

  private boolean hasAudience(Object aud) {
    if (aud instanceof String single) {
      return audience.equals(single);
    }
    if (aud instanceof List<?> list) {
      boolean found = false;
      for (Object element : list) {
        if (!(element instanceof String s)) {
          return false; // RFC 7519: an array of StringOrURI values
        }
        found |= audience.equals(s);
      }
      return found;
    }
    return false;
  }

  /**
   * Turns the claims {@link StrictJson} read (whose nested values are already immutable) into what
   * is handed out: time claims as epoch seconds, top-level nulls left out.
   */
  private static void plain(Map<String, Object> claims) {
    for (Iterator<Map.Entry<String, Object>> i = claims.entrySet().iterator(); i.hasNext(); ) {
      Map.Entry<String, Object> e = i.next();
      String name = e.getKey();
      if (e.getValue() == null) {
        i.remove();
      } else if (name.equals("exp") || name.equals("nbf") || name.equals("iat")) {
        e.setValue(Math.floorDiv(JsonValues.numericDateMillis(e.getValue()), 1000L));
      }
    }
  }

  private static AuthResult invalid(String reason) {
    rejected(reason);
    return AuthResult.invalid();
  }

  private static boolean rejected(String reason) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "JWT rejected: {0}", reason);
    }
    return false;
  }
}
