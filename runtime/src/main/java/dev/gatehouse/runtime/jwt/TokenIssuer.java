package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Issues signed JWTs (the seed's {@code create_jwt(payload, expires_in)}) that a {@link
 * JwtAuthBackend} with the same configuration accepts.
 *
 * <pre>{@code
 * TokenIssuer issuer = new TokenIssuer(config);
 * String token = issuer.issue(Map.of("sub", "alice", "permissions", List.of("articles:read")));
 * String shortLived = issuer.issue(Map.of("sub", "alice"), Duration.ofMinutes(2));
 * }</pre>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>Signs with the first algorithm of {@link GatehouseConfig#algorithms()}: {@code HS*} with
 *       the secret, {@code RS*}/{@code PS*}/{@code ES*} with {@link GatehouseConfig#signingKey()}
 *       (its {@code kid}, if any, goes in the header). The header's {@code typ} is {@code JWT}.
 *   <li>The payload is copied, never changed. It must hold the {@link
 *       GatehouseConfig#identityClaim()} as a non-blank string, and only JSON values ({@code
 *       null}, {@code String}, {@code Boolean}, finite {@code Number}, {@code Collection}, {@code
 *       Map} with string keys). It must not hold {@code exp}, {@code iat}, {@code nbf} or {@code
 *       jti}: the issuer sets them.
 *   <li>Added: {@code iat} = now (whole seconds, from {@link GatehouseConfig#clock()}), {@code exp}
 *       = {@code iat} + the lifetime (whole seconds), {@code jti} = 128 random bits from {@link
 *       SecureRandom} in base64url, and {@code iss}/{@code aud} when configured. A payload {@code
 *       iss} that differs from the configured issuer, or an {@code aud} that is neither the
 *       configured audience nor a collection containing it, is refused.
 *   <li>The lifetime is {@link GatehouseConfig#tokenLifetime()}, or the one given: 1 second to
 *       {@link GatehouseConfig#MAX_TOKEN_LIFETIME} (24 hours).
 *   <li>Refusals are {@link IllegalArgumentException}s naming the claim. Thread-safe.
 * </ul>
 */
public final class TokenIssuer {

  private static final Set<String> RESERVED = Set.of("exp", "iat", "nbf", "jti");
  private static final int JTI_BYTES = 16;

  private final JWSSigner signer;
  private final JWSHeader header;
  private final Clock clock;
  private final Duration defaultLifetime;
  private final String issuer;
  private final String audience;
  private final String identityClaim;
  private final SecureRandom random = new SecureRandom();

  /**
   * An issuer for this configuration.
   *
   * @throws GatehouseConfigurationException when the first algorithm is asymmetric and no
   *     matching {@code signingKey} is configured
   */
  public TokenIssuer(GatehouseConfig config) {
    Objects.requireNonNull(config, "config");
    JWSAlgorithm alg = config.algorithms().iterator().next();
    JWSHeader.Builder headerBuilder = new JWSHeader.Builder(alg).type(JOSEObjectType.JWT);
    try {
      if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
        this.signer = new MACSigner(config.secretKey());
      } else {
        JWK key = config.signingKey().orElseThrow(() -> new GatehouseConfigurationException(
            alg + " is the first allowed algorithm, so TokenIssuer signs with it, but no"
                + " signingKey (the private key) is configured"));
        if (JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey rsa) {
          this.signer = new RSASSASigner(rsa);
        } else if (JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECKey ec) {
          this.signer = new ECDSASigner(ec);
        } else {
          throw new GatehouseConfigurationException(
              "the signingKey is a " + key.getKeyType() + " key, which cannot sign " + alg);
        }
        headerBuilder.keyID(key.getKeyID());
      }
    } catch (JOSEException e) {
      throw new GatehouseConfigurationException("cannot build the token signer: " + e.getMessage(), e);
    }
    this.header = headerBuilder.build();
    this.clock = config.clock();
    this.defaultLifetime = config.tokenLifetime();
    this.issuer = config.issuer().orElse(null);
    this.audience = config.audience().orElse(null);
    this.identityClaim = config.identityClaim();
  }

  /** A token with these claims that lives {@link GatehouseConfig#tokenLifetime()}. */
  public String issue(Map<String, ?> payload) {
    return issue(payload, defaultLifetime);
  }

  /**
   * A token with these claims that lives {@code expiresIn}.
   *
   * @throws IllegalArgumentException when the payload or lifetime breaks the contract above
   */
  public String issue(Map<String, ?> payload, Duration expiresIn) {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(expiresIn, "expiresIn");
    if (expiresIn.compareTo(Duration.ofSeconds(1)) < 0
        || expiresIn.compareTo(GatehouseConfig.MAX_TOKEN_LIFETIME) > 0) {
      throw new IllegalArgumentException(
          "expiresIn must be between 1 second and " + GatehouseConfig.MAX_TOKEN_LIFETIME
              + ", was " + expiresIn);
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : payload.entrySet()) {
      String name = e.getKey();
      if (name == null) {
        throw new IllegalArgumentException("payload has a null claim name");
      }
      if (RESERVED.contains(name)) {
        throw new IllegalArgumentException(
            "claim \"" + name + "\" is set by TokenIssuer; leave it out"
                + (name.equals("exp") ? " and pass the lifetime as expiresIn" : "")
                + (name.equals("jti") ? " (it is a fresh random id)" : "")
                + (name.equals("iat") || name.equals("nbf") ? " (tokens are valid from now)" : ""));
      }
      claims.put(name, JsonValues.jsonCopy(e.getValue(), name, 0));
    }
    if (!(claims.get(identityClaim) instanceof String identity) || identity.isBlank()) {
      throw new IllegalArgumentException(
          "payload must hold the identity claim \"" + identityClaim + "\" as a non-blank string");
    }
    if (issuer != null) {
      Object iss = claims.get("iss");
      if (iss != null && !issuer.equals(iss)) {
        throw new IllegalArgumentException(
            "claim \"iss\" differs from the configured issuer; leave it out");
      }
      claims.put("iss", issuer);
    }
    if (audience != null) {
      Object aud = claims.get("aud");
      if (aud == null) {
        claims.put("aud", audience);
      } else if (!audience.equals(aud)
          && !(aud instanceof Collection<?> list && list.contains(audience))) {
        throw new IllegalArgumentException(
            "claim \"aud\" does not contain the configured audience; leave it out");
      }
    }
    long now = clock.instant().getEpochSecond();
    claims.put("iat", now);
    claims.put("exp", now + expiresIn.getSeconds());
    claims.put("jti", jti());

    JWSObject jws = new JWSObject(header, new Payload(JSONObjectUtils.toJSONString(claims)));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("signing failed: " + e.getMessage(), e);
    }
    return jws.serialize();
  }

  private String jti() {
    byte[] bytes = new byte[JTI_BYTES];
    random.nextBytes(bytes);
    return Base64Url.encode(bytes);
  }

  @Override
  public String toString() {
    return "TokenIssuer[" + header.getAlgorithm() + "]";
  }
}
