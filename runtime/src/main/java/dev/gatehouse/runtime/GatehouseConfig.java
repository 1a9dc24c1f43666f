package dev.gatehouse.runtime;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.gatehouse.runtime.internal.HeaderValues;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The security settings of Gatehouse's JWT support (the seed's {@code MakeConfig}): keys, the
 * algorithm allow-list, issuer and audience, clock leeway, token lifetime and size bound.
 *
 * <p>Immutable and thread-safe. Built with {@link #builder()}, or for deployments with {@link
 * #fromEnvironment()}, which reads the settings below and returns a builder so that code can add
 * what an environment variable cannot hold well (a {@link JWK}, a test {@link Clock}).
 *
 * <pre>{@code
 * // development: an explicit secret (32+ random bytes for HS256)
 * GatehouseConfig config = GatehouseConfig.builder()
 *     .secretKey("base64:" + base64Of32RandomBytes)
 *     .issuer("https://auth.example.com")
 *     .audience("orders-api")
 *     .build();
 *
 * // deployment: GATEHOUSE_SECRET_KEY=base64:... in the environment
 * GatehouseConfig config = GatehouseConfig.fromEnvironment().build();
 *
 * // tokens issued by an identity provider, RS256 only
 * GatehouseConfig config = GatehouseConfig.builder()
 *     .algorithms("RS256")
 *     .verificationKey(JWK.parse(providerKeyJson))
 *     .issuer("https://idp.example.com/")
 *     .build();
 * }</pre>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Algorithms</b>: an explicit allow-list, {@code HS256} by default, in order (the first
 *       is the one {@code TokenIssuer} signs with). Supported: {@code HS256/384/512}, {@code
 *       RS256/384/512}, {@code PS256/384/512}, {@code ES256/384/512}. {@code none} and unknown
 *       names are refused. EdDSA is not supported (Nimbus needs Google Tink for it).
 *   <li><b>HMAC secret</b>: required when an {@code HS*} algorithm is allowed, and at least as long
 *       as the hash of every allowed one (32, 48, 64 bytes for HS256, HS384, HS512; RFC 7518
 *       §3.2). A string secret is used as its UTF-8 bytes, or, when it starts with {@code
 *       base64:}, as the bytes it encodes (base64 or base64url, padding optional). Prefer {@code
 *       base64:} with random bytes: a typed password has far fewer bits than its length.
 *   <li><b>Asymmetric keys</b>: {@code RS*}/{@code PS*} need an RSA {@link #verificationKey()} of
 *       at least 2048 bits with an odd public exponent of at least 3; {@code ES*} need an EC key on
 *       the algorithm's curve (one curve, so one {@code ES*} algorithm, per configuration). RSA and
 *       EC algorithms cannot be allowed together (there is one verification key). A key whose
 *       {@code use} is not {@code sig}, or whose {@code key_ops} lack {@code verify} ({@code sign}
 *       for the signing key), is refused. A key whose {@code alg} names a supported algorithm is
 *       used with that algorithm only (RFC 8725 section 3.1): the allow-list may then hold no
 *       other RSA/EC algorithm; an {@code alg} label Gatehouse does not know is ignored (the
 *       allow-list and the key's type and curve decide). A {@link #signingKey()} (private) lets
 *       {@code TokenIssuer} sign with the first algorithm when it is asymmetric; its public part
 *       becomes the verification key when none is given, and must equal it when one is.
 *   <li><b>Claims</b>: {@code exp} is always required; {@code iss} and {@code aud} are required and
 *       checked when {@link #issuer()} / {@link #audience()} are configured (a token's {@code aud}
 *       is not checked when no audience is configured); {@code iat} and {@code nbf} may not lie
 *       in the future. All time checks allow {@link #clockLeeway()}: 30 s by default, 0 to 5
 *       minutes.
 *   <li><b>Tokens</b>: at most {@link #maxTokenLength()} characters (8192 by default, 256 to
 *       65536); issued tokens live {@link #tokenLifetime()} (15 minutes by default, 1 second to 24
 *       hours). The user's identity is the claim {@link #identityClaim()} ({@code sub} by default).
 *   <li>{@link Builder#build()} checks every setting together and throws {@link
 *       GatehouseConfigurationException} naming the setting (and the environment variable or
 *       system property it came from); a single bad value given to a builder method throws {@link
 *       IllegalArgumentException} at once. Messages never contain the secret.
 * </ul>
 *
 * <h2>Environment and system properties</h2>
 *
 * <table>
 *   <caption>Settings read by {@link #fromEnvironment()}</caption>
 *   <tr><th>environment variable</th><th>system property</th><th>value</th></tr>
 *   <tr><td>{@code GATEHOUSE_SECRET_KEY}</td><td>{@code gatehouse.secret-key}</td>
 *       <td>the HMAC secret ({@code base64:...} recommended)</td></tr>
 *   <tr><td>{@code GATEHOUSE_JWT_ALGORITHMS}</td><td>{@code gatehouse.jwt.algorithms}</td>
 *       <td>comma-separated, e.g. {@code HS256,HS512}</td></tr>
 *   <tr><td>{@code GATEHOUSE_JWT_ISSUER}</td><td>{@code gatehouse.jwt.issuer}</td>
 *       <td>the required {@code iss}</td></tr>
 *   <tr><td>{@code GATEHOUSE_JWT_AUDIENCE}</td><td>{@code gatehouse.jwt.audience}</td>
 *       <td>the required {@code aud}</td></tr>
 *   <tr><td>{@code GATEHOUSE_CLOCK_LEEWAY}</td><td>{@code gatehouse.clock-leeway}</td>
 *       <td>ISO-8601 ({@code PT30S}) or whole seconds ({@code 30})</td></tr>
 *   <tr><td>{@code GATEHOUSE_TOKEN_LIFETIME}</td><td>{@code gatehouse.token-lifetime}</td>
 *       <td>ISO-8601 ({@code PT15M}) or whole seconds ({@code 900})</td></tr>
 *   <tr><td>{@code GATEHOUSE_IDENTITY_CLAIM}</td><td>{@code gatehouse.identity-claim}</td>
 *       <td>claim holding the identity</td></tr>
 *   <tr><td>{@code GATEHOUSE_JWT_MAX_TOKEN_LENGTH}</td><td>{@code gatehouse.jwt.max-token-length}</td>
 *       <td>characters</td></tr>
 *   <tr><td>{@code GATEHOUSE_REALM}</td><td>{@code gatehouse.realm}</td>
 *       <td>realm of the {@code WWW-Authenticate} challenge</td></tr>
 * </table>
 *
 * <p>A system property overrides the environment variable of the same setting. A variable that is
 * set but blank is an error, not "unset" (a blank {@code GATEHOUSE_JWT_ISSUER} from a broken
 * template must not switch the issuer check off). Keep the secret in the environment or a secret
 * store rather than in {@code -D} options, which other users of the machine can see.
 */
public final class GatehouseConfig {

  /** The algorithms Gatehouse can verify and sign with, in a stable order. */
  public static final Set<JWSAlgorithm> SUPPORTED_ALGORITHMS =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              Arrays.asList(
                  JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512,
                  JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
                  JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
                  JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512)));

  /** Default clock leeway: 30 seconds. */
  public static final Duration DEFAULT_CLOCK_LEEWAY = Duration.ofSeconds(30);
  /** Largest clock leeway accepted: 5 minutes. */
  public static final Duration MAX_CLOCK_LEEWAY = Duration.ofMinutes(5);
  /** Default lifetime of issued tokens: 15 minutes. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(15);
  /** Longest lifetime of an issued token: 24 hours. */
  public static final Duration MAX_TOKEN_LIFETIME = Duration.ofHours(24);
  /** Default bound on a token's length: 8192 characters. */
  public static final int DEFAULT_MAX_TOKEN_LENGTH = 8192;
  /** Smallest accepted {@link #maxTokenLength()}. */
  public static final int MIN_MAX_TOKEN_LENGTH = 256;
  /** Largest accepted {@link #maxTokenLength()}. */
  public static final int MAX_MAX_TOKEN_LENGTH = 65536;
  /** Default claim holding the identity: {@code sub}. */
  public static final String DEFAULT_IDENTITY_CLAIM = "sub";
  /** Default realm of the {@code WWW-Authenticate} challenge. */
  public static final String DEFAULT_REALM = "gatehouse";
  /** Smallest RSA modulus accepted, in bits. */
  public static final int MIN_RSA_KEY_BITS = 2048;

  private static final String BASE64_PREFIX = "base64:";

  private final Set<JWSAlgorithm> algorithms;
  private final byte[] secretKey;
  private final JWK verificationKey;
  private final JWK signingKey;
  private final String issuer;
  private final String audience;
  private final Duration clockLeeway;
  private final Duration tokenLifetime;
  private final String identityClaim;
  private final int maxTokenLength;
  private final String realm;
  private final Clock clock;

  private GatehouseConfig(Builder b, JWK verificationKey) {
    this.algorithms = Collections.unmodifiableSet(new LinkedHashSet<>(b.algorithms));
    this.secretKey = b.secretKey == null ? null : b.secretKey.clone();
    this.verificationKey = verificationKey;
    this.signingKey = b.signingKey;
    this.issuer = b.issuer;
    this.audience = b.audience;
    this.clockLeeway = b.clockLeeway;
    this.tokenLifetime = b.tokenLifetime;
    this.identityClaim = b.identityClaim;
    this.maxTokenLength = b.maxTokenLength;
    this.realm = b.realm;
    this.clock = b.clock;
  }

  /** A builder with the defaults: HS256 only, no secret yet. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder filled from the environment and the system properties (see the table above);
   * system properties win. Add keys or a clock, then {@link Builder#build() build()}.
   *
   * @throws GatehouseConfigurationException when a variable or property has a bad value; the
   *     message names it
   */
  public static Builder fromEnvironment() {
    return from(System.getenv(), System.getProperties());
  }

  /**
   * Like {@link #fromEnvironment()}, from the given maps (for tests and for applications that keep
   * settings elsewhere).
   *
   * @param env environment variables by name
   * @param systemProperties system properties; they override {@code env}
   * @throws GatehouseConfigurationException when a value is bad; the message names the variable
   */
  public static Builder from(Map<String, String> env, Properties systemProperties) {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(systemProperties, "systemProperties");
    Builder b = new Builder();
    for (Setting s : Setting.values()) {
      String source = s.property;
      String value = systemProperties.getProperty(s.property);
      if (value == null) {
        source = s.env;
        value = env.get(s.env);
      }
      if (value == null) {
        continue;
      }
      if (value.isBlank()) {
        throw new GatehouseConfigurationException(
            source + " is set but blank; unset it or give it a value");
      }
      try {
        s.apply.accept(new Applied(b, value));
      } catch (IllegalArgumentException e) {
        throw new GatehouseConfigurationException(source + ": " + e.getMessage(), e);
      }
      b.sources.put(s.name, source);
    }
    return b;
  }

  /** The allowed algorithms in the order configured; the first is used to issue tokens. */
  public Set<JWSAlgorithm> algorithms() {
    return algorithms;
  }

  /** Whether an HMAC secret is configured. */
  public boolean hasSecretKey() {
    return secretKey != null;
  }

  /**
   * A copy of the HMAC secret; the caller should not keep it longer than needed.
   *
   * @throws IllegalStateException when none is configured ({@link #hasSecretKey()})
   */
  public byte[] secretKey() {
    if (secretKey == null) {
      throw new IllegalStateException("no secretKey is configured");
    }
    return secretKey.clone();
  }

  /** The public key that verifies {@code RS*}/{@code PS*}/{@code ES*} tokens, if configured. */
  public Optional<JWK> verificationKey() {
    return Optional.ofNullable(verificationKey);
  }

  /** The private key that signs tokens with an asymmetric algorithm, if configured. */
  public Optional<JWK> signingKey() {
    return Optional.ofNullable(signingKey);
  }

  /** The required {@code iss}, if configured. */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  /** The audience that {@code aud} must contain, if configured. */
  public Optional<String> audience() {
    return Optional.ofNullable(audience);
  }

  /** The clock skew allowed in {@code exp}, {@code nbf} and {@code iat} checks. */
  public Duration clockLeeway() {
    return clockLeeway;
  }

  /** The lifetime of issued tokens when no other is asked for. */
  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  /** The claim that holds the user's identity. */
  public String identityClaim() {
    return identityClaim;
  }

  /** The longest token accepted, in characters. */
  public int maxTokenLength() {
    return maxTokenLength;
  }

  /** The realm of the {@code WWW-Authenticate} challenge. */
  public String realm() {
    return realm;
  }

  /** The clock that time checks and issued tokens use. */
  public Clock clock() {
    return clock;
  }

  /** The settings, without the secret or key material. */
  @Override
  public String toString() {
    return "GatehouseConfig[algorithms=" + algorithms
        + ", secretKey=" + (secretKey == null ? "unset" : "set")
        + ", verificationKey=" + describeKey(verificationKey)
        + ", signingKey=" + describeKey(signingKey)
        + ", issuer=" + issuer
        + ", audience=" + audience
        + ", clockLeeway=" + clockLeeway
        + ", tokenLifetime=" + tokenLifetime
        + ", identityClaim=" + identityClaim
        + ", maxTokenLength=" + maxTokenLength
        + ", realm=" + realm
        + "]";
  }

  private static String describeKey(JWK key) {
    if (key == null) {
      return "unset";
    }
    return key.getKeyType() + (key.getKeyID() == null ? "" : " kid=" + key.getKeyID());
  }

  /**
   * Builds a {@link GatehouseConfig}. Each method checks its own argument ({@link
   * IllegalArgumentException}); {@link #build()} checks the settings together ({@link
   * GatehouseConfigurationException}). Not thread-safe; reusable after {@code build()}.
   */
  public static final class Builder {

    private Set<JWSAlgorithm> algorithms = new LinkedHashSet<>(Set.of(JWSAlgorithm.HS256));
    private byte[] secretKey;
    private JWK verificationKey;
    private JWK signingKey;
    private String issuer;
    private String audience;
    private Duration clockLeeway = DEFAULT_CLOCK_LEEWAY;
    private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
    private String identityClaim = DEFAULT_IDENTITY_CLAIM;
    private int maxTokenLength = DEFAULT_MAX_TOKEN_LENGTH;
    private String realm = DEFAULT_REALM;
    private Clock clock = Clock.systemUTC();
    /** Where a setting came from when not from a builder method: setting name to variable. */
    private final Map<String, String> sources = new HashMap<>();

    private Builder() {}

    /** The HMAC secret, copied. */
    public Builder secretKey(byte[] secret) {
      Objects.requireNonNull(secret, "secretKey");
      if (secret.length == 0) {
        throw new IllegalArgumentException("secretKey must not be empty");
      }
      this.secretKey = secret.clone();
      sources.remove("secretKey");
      return this;
    }

    /**
     * The HMAC secret as a string: its UTF-8 bytes, or with the prefix {@code base64:} the bytes
     * that the rest encodes in base64 or base64url (padding optional).
     */
    public Builder secretKey(String secret) {
      Objects.requireNonNull(secret, "secretKey");
      return secretKey(decodeSecret(secret));
    }

    /**
     * The public key for {@code RS*}/{@code PS*}/{@code ES*} verification. A private JWK is
     * accepted; only its public part is kept.
     */
    public Builder verificationKey(JWK key) {
      Objects.requireNonNull(key, "verificationKey");
      JWK publicPart = key.toPublicJWK();
      if (publicPart == null) {
        throw new IllegalArgumentException(
            "verificationKey must be an RSA or EC key; an HMAC secret goes in secretKey");
      }
      this.verificationKey = publicPart;
      sources.remove("verificationKey");
      return this;
    }

    /** The private RSA or EC key that signs issued tokens when the first algorithm is asymmetric. */
    public Builder signingKey(JWK key) {
      Objects.requireNonNull(key, "signingKey");
      if (!key.isPrivate()) {
        throw new IllegalArgumentException("signingKey must be a private key (it has no private part)");
      }
      this.signingKey = key;
      sources.remove("signingKey");
      return this;
    }

    /**
     * The algorithm allow-list by name, in order ({@code "HS256"}, {@code "RS256"}, ...).
     *
     * @throws IllegalArgumentException for {@code none}, an unknown or unsupported name, or none
     *     at all
     */
    public Builder algorithms(String... names) {
      Objects.requireNonNull(names, "algorithms");
      Set<JWSAlgorithm> parsed = new LinkedHashSet<>();
      for (String name : names) {
        parsed.add(algorithm(name));
      }
      return algorithms(parsed);
    }

    /** The algorithm allow-list, in iteration order. */
    public Builder algorithms(Set<JWSAlgorithm> allowed) {
      Objects.requireNonNull(allowed, "algorithms");
      if (allowed.isEmpty()) {
        throw new IllegalArgumentException("the algorithm allow-list must not be empty");
      }
      Set<JWSAlgorithm> copy = new LinkedHashSet<>();
      for (JWSAlgorithm alg : allowed) {
        copy.add(algorithm(Objects.requireNonNull(alg, "algorithm").getName()));
      }
      this.algorithms = copy;
      sources.remove("algorithms");
      return this;
    }

    /** The required issuer ({@code iss}); tokens without it, or with another, are rejected. */
    public Builder issuer(String issuer) {
      this.issuer = nonBlank(issuer, "issuer");
      sources.remove("issuer");
      return this;
    }

    /** The audience that {@code aud} must contain; tokens without it are rejected. */
    public Builder audience(String audience) {
      this.audience = nonBlank(audience, "audience");
      sources.remove("audience");
      return this;
    }

    /** The clock skew allowed in time checks, 0 to 5 minutes (default 30 s). */
    public Builder clockLeeway(Duration leeway) {
      Objects.requireNonNull(leeway, "clockLeeway");
      if (leeway.isNegative() || leeway.compareTo(MAX_CLOCK_LEEWAY) > 0) {
        throw new IllegalArgumentException(
            "clockLeeway must be between 0 and " + MAX_CLOCK_LEEWAY + ", was " + leeway);
      }
      this.clockLeeway = leeway;
      sources.remove("clockLeeway");
      return this;
    }

    /** The lifetime of issued tokens, 1 second to 24 hours (default 15 minutes). */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = checkLifetime(lifetime, "tokenLifetime");
      sources.remove("tokenLifetime");
      return this;
    }

    /** The claim that holds the identity (default {@code sub}). */
    public Builder identityClaim(String claim) {
      this.identityClaim = nonBlank(claim, "identityClaim");
      sources.remove("identityClaim");
      return this;
    }

    /** The longest token accepted, 256 to 65536 characters (default 8192). */
    public Builder maxTokenLength(int length) {
      if (length < MIN_MAX_TOKEN_LENGTH || length > MAX_MAX_TOKEN_LENGTH) {
        throw new IllegalArgumentException(
            "maxTokenLength must be between " + MIN_MAX_TOKEN_LENGTH + " and "
                + MAX_MAX_TOKEN_LENGTH + ", was " + length);
      }
      this.maxTokenLength = length;
      sources.remove("maxTokenLength");
      return this;
    }

    /** The realm of the {@code WWW-Authenticate} challenge (default {@code gatehouse}). */
    public Builder realm(String realm) {
      nonBlank(realm, "realm");
      if (!HeaderValues.isQuotable(realm)) {
        throw new IllegalArgumentException(
            "realm must be printable ASCII without '\"' or '\\' (it is sent in a quoted header value)");
      }
      this.realm = realm;
      sources.remove("realm");
      return this;
    }

    /** The clock for time checks and issued tokens (default: system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Checks all settings together and builds the configuration.
     *
     * @throws GatehouseConfigurationException naming the setting that is missing or wrong
     */
    public GatehouseConfig build() {
      checkSecret();
      JWK verification = checkKeys();
      return new GatehouseConfig(this, verification);
    }

    private void checkSecret() {
      for (JWSAlgorithm alg : algorithms) {
        if (!JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
          continue;
        }
        int needed = hashBytes(alg);
        if (secretKey == null) {
          throw new GatehouseConfigurationException(
              alg + " is allowed (" + describe("algorithms")
                  + ") but no secretKey is set: set GATEHOUSE_SECRET_KEY (or the system property"
                  + " gatehouse.secret-key, or builder.secretKey(...)) to at least " + needed
                  + " random bytes, e.g. \"base64:\" followed by " + needed
                  + " random bytes in base64");
        }
        if (secretKey.length < needed) {
          throw new GatehouseConfigurationException(
              describe("secretKey") + " is " + secretKey.length + " bytes; " + alg
                  + " requires at least " + needed + " bytes (" + needed * 8
                  + " bits, RFC 7518 section 3.2). Use \"base64:\" followed by " + needed
                  + " or more random bytes in base64");
        }
      }
    }

    private JWK checkKeys() {
      Set<JWSAlgorithm> rsa = new LinkedHashSet<>();
      Set<JWSAlgorithm> ec = new LinkedHashSet<>();
      for (JWSAlgorithm alg : algorithms) {
        if (JWSAlgorithm.Family.RSA.contains(alg)) {
          rsa.add(alg);
        } else if (JWSAlgorithm.Family.EC.contains(alg)) {
          ec.add(alg);
        }
      }
      if (!rsa.isEmpty() && !ec.isEmpty()) {
        throw new GatehouseConfigurationException(
            describe("algorithms") + " allows RSA " + rsa + " and EC " + ec
                + " algorithms together, but there is one verificationKey; allow one family");
      }
      if (ec.size() > 1) {
        throw new GatehouseConfigurationException(
            describe("algorithms") + " allows " + ec
                + ", but an EC verificationKey has one curve; allow only the ES algorithm of its curve");
      }
      if (signingKey != null) {
        checkKey(signingKey, "signingKey", KeyOperation.SIGN);
      }
      JWK verification = verificationKey;
      if (verification != null) {
        checkKey(verification, "verificationKey", KeyOperation.VERIFY);
      }
      if (signingKey != null) {
        JWK signingPublic = signingKey.toPublicJWK();
        if (verification == null) {
          verification = signingPublic;
        } else if (!thumbprint(verification).equals(thumbprint(signingPublic))) {
          throw new GatehouseConfigurationException(
              "signingKey and verificationKey are not the same key pair: tokens this service"
                  + " issues would not verify");
        }
      }
      Set<JWSAlgorithm> asymmetric = rsa.isEmpty() ? ec : rsa;
      if (asymmetric.isEmpty()) {
        if (verification != null) {
          throw new GatehouseConfigurationException(
              (verificationKey != null ? "verificationKey" : "signingKey")
                  + " is set but " + describe("algorithms") + " " + algorithms
                  + " allows no RS/PS/ES algorithm to use it; add one (e.g. RS256) or remove the key");
        }
        return null;
      }
      if (verification == null) {
        throw new GatehouseConfigurationException(
            asymmetric.iterator().next() + " is allowed (" + describe("algorithms")
                + ") but no verificationKey is set: give the issuer's public key as a JWK"
                + " (builder.verificationKey(JWK.parse(json)))");
      }
      for (JWK key : new JWK[] {verification, signingKey}) {
        JWSAlgorithm declared = key == null ? null : declaredAlgorithm(key);
        if (declared == null) {
          continue;
        }
        for (JWSAlgorithm alg : asymmetric) {
          if (!alg.equals(declared)) {
            throw new GatehouseConfigurationException(
                (key == signingKey ? "signingKey" : "verificationKey") + " declares \"alg\": \""
                    + declared + "\", so it may only be used with " + declared
                    + " (RFC 8725 section 3.1: one algorithm per key), but "
                    + describe("algorithms") + " also allows " + alg
                    + " for it; allow only " + declared);
          }
        }
      }
      if (!rsa.isEmpty() && !(verification instanceof RSAKey)) {
        throw new GatehouseConfigurationException(
            rsa + " requires an RSA verificationKey, but it is " + verification.getKeyType());
      }
      if (!ec.isEmpty()) {
        JWSAlgorithm alg = ec.iterator().next();
        if (!(verification instanceof ECKey ecKey)) {
          throw new GatehouseConfigurationException(
              alg + " requires an EC verificationKey, but it is " + verification.getKeyType());
        }
        Curve expected = curveOf(alg);
        if (!expected.equals(ecKey.getCurve())) {
          throw new GatehouseConfigurationException(
              alg + " requires an EC key on " + expected + ", but the verificationKey is on "
                  + ecKey.getCurve());
        }
      }
      return verification;
    }

    private static void checkKey(JWK key, String name, KeyOperation operation) {
      if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
        throw new GatehouseConfigurationException(
            name + " has \"use\": \"" + key.getKeyUse().identifier()
                + "\"; a key for JWT signatures must have \"use\": \"sig\" or no \"use\"");
      }
      if (key.getKeyOperations() != null && !key.getKeyOperations().contains(operation)) {
        throw new GatehouseConfigurationException(
            name + " has \"key_ops\" " + key.getKeyOperations().stream()
                .map(KeyOperation::identifier).collect(Collectors.toList())
                + " without \"" + operation.identifier() + "\"");
      }
      JWSAlgorithm declared = declaredAlgorithm(key);
      if (key instanceof RSAKey rsaKey) {
        if (declared != null && !JWSAlgorithm.Family.RSA.contains(declared)) {
          throw new GatehouseConfigurationException(
              name + " is an RSA key but declares \"alg\": \"" + declared + "\"");
        }
        checkRsa(rsaKey, name);
      } else if (key instanceof ECKey ecKey) {
        Curve curve = ecKey.getCurve();
        if (!Curve.P_256.equals(curve) && !Curve.P_384.equals(curve) && !Curve.P_521.equals(curve)) {
          throw new GatehouseConfigurationException(
              name + " is on curve " + curve + "; supported: P-256, P-384, P-521");
        }
        if (declared != null && !curve.equals(curveOf(declared))) {
          throw new GatehouseConfigurationException(
              name + " is on curve " + curve + " but declares \"alg\": \"" + declared + "\"");
        }
        try {
          new ECDSAVerifier(ecKey.toECPublicKey()); // checks the point is on the curve
        } catch (JOSEException | RuntimeException e) {
          throw new GatehouseConfigurationException(
              name + " is not a valid EC public key: " + rootMessage(e), e);
        }
      } else {
        throw new GatehouseConfigurationException(
            name + " is a " + key.getKeyType() + " key; Gatehouse takes RSA or EC keys here"
                + " (an HMAC secret goes in secretKey)");
      }
    }

    /** The key's {@code alg} when it names a supported algorithm; unknown labels give null. */
    private static JWSAlgorithm declaredAlgorithm(JWK key) {
      if (key.getAlgorithm() == null) {
        return null;
      }
      String name = key.getAlgorithm().getName();
      return SUPPORTED_ALGORITHMS.stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
    }

    private static void checkRsa(RSAKey key, String name) {
      RSAPublicKey pub;
      try {
        pub = key.toRSAPublicKey();
      } catch (JOSEException | RuntimeException e) {
        throw new GatehouseConfigurationException(
            name + " is not a valid RSA public key: " + rootMessage(e), e);
      }
      int bits = pub.getModulus().bitLength();
      if (bits < MIN_RSA_KEY_BITS) {
        throw new GatehouseConfigurationException(
            name + " is a " + bits + "-bit RSA key; at least " + MIN_RSA_KEY_BITS + " bits are required");
      }
      BigInteger e = pub.getPublicExponent();
      if (e.compareTo(BigInteger.valueOf(3)) < 0 || !e.testBit(0)) {
        throw new GatehouseConfigurationException(
            name + " has an invalid RSA public exponent (it must be odd and at least 3)");
      }
    }

    private static String rootMessage(Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return root.getMessage();
    }

    private static String thumbprint(JWK key) {
      try {
        return key.computeThumbprint().toString();
      } catch (JOSEException e) {
        throw new GatehouseConfigurationException("cannot compute the thumbprint of a key", e);
      }
    }

    private String describe(String setting) {
      String source = sources.get(setting);
      return source == null ? setting : setting + " (from " + source + ")";
    }
  }

  private static int hashBytes(JWSAlgorithm hmac) {
    if (JWSAlgorithm.HS256.equals(hmac)) {
      return 32;
    } else if (JWSAlgorithm.HS384.equals(hmac)) {
      return 48;
    } else if (JWSAlgorithm.HS512.equals(hmac)) {
      return 64;
    }
    throw new IllegalArgumentException("not an HMAC algorithm: " + hmac);
  }

  private static Curve curveOf(JWSAlgorithm es) {
    if (JWSAlgorithm.ES256.equals(es)) {
      return Curve.P_256;
    } else if (JWSAlgorithm.ES384.equals(es)) {
      return Curve.P_384;
    } else if (JWSAlgorithm.ES512.equals(es)) {
      return Curve.P_521;
    }
    return null;
  }

  private static JWSAlgorithm algorithm(String name) {
    Objects.requireNonNull(name, "algorithm name");
    String trimmed = name.trim();
    if (trimmed.equalsIgnoreCase("none")) {
      throw new IllegalArgumentException(
          "the algorithm \"none\" is never allowed: it accepts unsigned tokens");
    }
    for (JWSAlgorithm alg : SUPPORTED_ALGORITHMS) {
      if (alg.getName().equals(trimmed)) {
        return alg;
      }
    }
    throw new IllegalArgumentException(
        "unknown or unsupported algorithm \"" + trimmed + "\"; supported: "
            + SUPPORTED_ALGORITHMS.stream().map(JWSAlgorithm::getName).collect(Collectors.joining(", ")));
  }

  private static byte[] decodeSecret(String secret) {
    if (!secret.startsWith(BASE64_PREFIX)) {
      return secret.getBytes(StandardCharsets.UTF_8);
    }
    String encoded = secret.substring(BASE64_PREFIX.length()).trim();
    try {
      if (encoded.indexOf('-') >= 0 || encoded.indexOf('_') >= 0) {
        return Base64.getUrlDecoder().decode(encoded);
      }
      return Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      // the JDK's message may quote a character of the secret: do not chain it
      throw new IllegalArgumentException(
          "secretKey starts with \"base64:\" but the rest is not valid base64 or base64url");
    }
  }

  private static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  private static Duration checkLifetime(Duration lifetime, String name) {
    Objects.requireNonNull(lifetime, name);
    if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.compareTo(MAX_TOKEN_LIFETIME) > 0) {
      throw new IllegalArgumentException(
          name + " must be between 1 second and " + MAX_TOKEN_LIFETIME + ", was " + lifetime);
    }
    return lifetime;
  }

  private static Duration parseDuration(String value) {
    String v = value.trim();
    if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("\"" + v + "\" is too large");
      }
    }
    try {
      return Duration.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + v + "\" is neither an ISO-8601 duration (like PT30S) nor whole seconds (like 30)");
    }
  }

  private static int parseInt(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + value.trim() + "\" is not a whole number");
    }
  }

  /** A value being applied to a builder. */
  private record Applied(Builder builder, String value) {}

  /** The settings read from the environment and system properties. */
  private enum Setting {
    SECRET_KEY("secretKey", "GATEHOUSE_SECRET_KEY", "gatehouse.secret-key",
        a -> a.builder.secretKey(a.value)),
    ALGORITHMS("algorithms", "GATEHOUSE_JWT_ALGORITHMS", "gatehouse.jwt.algorithms",
        a -> a.builder.algorithms(a.value.split(",", -1))),
    ISSUER("issuer", "GATEHOUSE_JWT_ISSUER", "gatehouse.jwt.issuer",
        a -> a.builder.issuer(a.value.trim())),
    AUDIENCE("audience", "GATEHOUSE_JWT_AUDIENCE", "gatehouse.jwt.audience",
        a -> a.builder.audience(a.value.trim())),
    CLOCK_LEEWAY("clockLeeway", "GATEHOUSE_CLOCK_LEEWAY", "gatehouse.clock-leeway",
        a -> a.builder.clockLeeway(parseDuration(a.value))),
    TOKEN_LIFETIME("tokenLifetime", "GATEHOUSE_TOKEN_LIFETIME", "gatehouse.token-lifetime",
        a -> a.builder.tokenLifetime(parseDuration(a.value))),
    IDENTITY_CLAIM("identityClaim", "GATEHOUSE_IDENTITY_CLAIM", "gatehouse.identity-claim",
        a -> a.builder.identityClaim(a.value.trim())),
    MAX_TOKEN_LENGTH("maxTokenLength", "GATEHOUSE_JWT_MAX_TOKEN_LENGTH",
        "gatehouse.jwt.max-token-length", a -> a.builder.maxTokenLength(parseInt(a.value))),
    REALM("realm", "GATEHOUSE_REALM", "gatehouse.realm", a -> a.builder.realm(a.value.trim()));

    final String name;
    final String env;
    final String property;
    final Consumer<Applied> apply;

    Setting(String name, String env, String property, Consumer<Applied> apply) {
      this.name = name;
      this.env = env;
      this.property = property;
      this.apply = apply;
    }
  }
}
