package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.lang.System.Logger.Level;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a compact JWS against a {@link GatehouseConfig}: strict form, header rules, algorithm
 * allow-list and signature. It knows nothing of JWT claims ({@link JwtAuthBackend} checks those on
 * top), so the Wycheproof JWS vectors, whose payloads are mostly not claim sets, drive exactly the
 * code that guards requests.
 *
 * <p>In order, a token is rejected when it is longer than {@link
 * GatehouseConfig#maxTokenLength()}; is not exactly three {@code .}-separated segments of
 * canonical unpadded base64url ({@link Base64Url}) with a non-empty header and signature (the
 * payload may be empty here: an empty payload is a valid JWS, though never a valid JWT); has a
 * header that is not a UTF-8 JSON object; has an {@code alg} that is not a string in the allow-list
 * (so never {@code none}); has a {@code crit}, {@code b64} or {@code cty} parameter; has a {@code
 * typ} other than {@code JWT} or {@code at+jwt} (case-insensitive, optional {@code application/});
 * or fails the signature check. Header parameters that name keys ({@code jwk}, {@code jku}, {@code
 * x5u}, {@code x5c}, {@code kid}) are ignored: keys come from the configuration only.
 *
 * <p>HMAC signatures are checked with a {@code Mac} initialised once and cloned per token (no
 * provider look-up per request), compared with {@link MessageDigest#isEqual} (constant time).
 * The Nimbus verifiers are built once, here, and shared: Nimbus documents {@link MACVerifier},
 * {@link RSASSAVerifier} and {@link ECDSAVerifier} as thread-safe (each call takes a fresh {@code
 * Mac}/{@code Signature}), and they are given a header built here from the allowed algorithm
 * alone, never one parsed from the token. Thread-safe.
 */
final class JwsVerifier {

  private static final System.Logger LOG = System.getLogger(JwsVerifier.class.getName());

  /** A verified JWS: the algorithm, the header as parsed JSON and the payload bytes. */
  record VerifiedJws(JWSAlgorithm algorithm, Map<String, Object> header, byte[] payload) {}

  /**
   * The verifier of one allowed algorithm and the minimal header it is called with; for HMAC
   * algorithms, also a {@code Mac} initialised with the secret, never used itself but cloned for
   * each token (null when the provider's {@code Mac} cannot be cloned).
   */
  private record Entry(JWSHeader header, JWSVerifier verifier, Mac hmac) {}

  /** A header segment that passed the header rules, with what it parsed to. */
  private record AcceptedHeader(String segment, Entry entry, Map<String, Object> header) {}

  private final int maxTokenLength;
  private final Map<String, Entry> byAlgorithm;

  /**
   * The last header segment that passed the header rules. Tokens of one issuer share their header,
   * so this spares parsing it again; the header is public and its verdict depends on nothing but
   * its bytes, and the signature is still checked on every token.
   */
  private volatile AcceptedHeader lastHeader;

  /**
   * Builds the verifiers of every allowed algorithm.
   *
   * @throws GatehouseConfigurationException when a key cannot be used (already checked by {@link
   *     GatehouseConfig.Builder#build()}, so only for a key the JDK refuses)
   */
  JwsVerifier(GatehouseConfig config) {
    this.maxTokenLength = config.maxTokenLength();
    Map<String, Entry> entries = new HashMap<>();
    JWSVerifier mac = null;
    JWSVerifier rsa = null;
    JWSVerifier ec = null;
    try {
      for (JWSAlgorithm alg : config.algorithms()) {
        JWSVerifier verifier;
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
          if (mac == null) {
            mac = new MACVerifier(config.secretKey());
          }
          verifier = mac;
        } else if (JWSAlgorithm.Family.RSA.contains(alg)) {
          if (rsa == null) {
            rsa = new RSASSAVerifier(((RSAKey) key(config)).toRSAPublicKey());
          }
          verifier = rsa;
        } else if (JWSAlgorithm.Family.EC.contains(alg)) {
          if (ec == null) {
            ec = new ECDSAVerifier(((ECKey) key(config)).toECPublicKey());
          }
          verifier = ec;
        } else {
          throw new GatehouseConfigurationException("unsupported algorithm " + alg);
        }
        entries.put(alg.getName(), new Entry(new JWSHeader(alg), verifier, hmac(alg, config)));
      }
    } catch (JOSEException | ClassCastException e) {
      throw new GatehouseConfigurationException(
          "cannot build the JWT signature verifier: " + e.getMessage(), e);
    }
    this.byAlgorithm = Map.copyOf(entries);
  }

  /**
   * A ready {@code Mac} for an HMAC algorithm, or null for other algorithms and for providers whose
   * {@code Mac} cannot be cloned (then Nimbus's {@link MACVerifier} checks the signature).
   */
  private static Mac hmac(JWSAlgorithm alg, GatehouseConfig config) {
    String name =
        alg.equals(JWSAlgorithm.HS256) ? "HmacSHA256"
            : alg.equals(JWSAlgorithm.HS384) ? "HmacSHA384"
            : alg.equals(JWSAlgorithm.HS512) ? "HmacSHA512"
            : null;
    if (name == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance(name);
      mac.init(new SecretKeySpec(config.secretKey(), name));
      mac.clone();
      return mac;
    } catch (GeneralSecurityException | CloneNotSupportedException e) {
      return null;
    }
  }

  private static JWK key(GatehouseConfig config) {
    return config.verificationKey()
        .orElseThrow(() -> new GatehouseConfigurationException("no verificationKey is configured"));
  }

  /** The verified JWS, or empty when the token is rejected for any reason. Never throws. */
  Optional<VerifiedJws> verify(String token) {
    return Optional.ofNullable(check(token));
  }

  /** Whether the token passes every rule above. Never throws. */
  boolean verifySignature(String token) {
    return check(token) != null;
  }

  private VerifiedJws check(String token) {
    if (token == null || token.isEmpty()) {
      return reject("empty token");
    }
    if (token.length() > maxTokenLength) {
      return reject("token longer than maxTokenLength");
    }
    int dot1 = token.indexOf('.');
    int dot2 = dot1 < 0 ? -1 : token.indexOf('.', dot1 + 1);
    if (dot2 < 0 || token.indexOf('.', dot2 + 1) >= 0) {
      return reject("not three segments");
    }
    if (dot1 == 0 || dot2 == token.length() - 1) {
      return reject("empty header or signature");
    }
    if (!Base64Url.isCanonical(token, 0, dot1)
        || !Base64Url.isCanonical(token, dot1 + 1, dot2)
        || !Base64Url.isCanonical(token, dot2 + 1, token.length())) {
      return reject("segment is not canonical base64url");
    }
    AcceptedHeader accepted = lastHeader;
    if (accepted == null
        || accepted.segment.length() != dot1
        || !token.startsWith(accepted.segment)) {
      accepted = checkHeader(token.substring(0, dot1));
      if (accepted == null) {
        return null;
      }
      lastHeader = accepted;
    }
    Entry entry = accepted.entry;
    boolean valid;
    try {
      valid = entry.hmac != null
          ? hmacMatches((Mac) entry.hmac.clone(), token, dot2)
          : entry.verifier.verify(
              entry.header,
              token.substring(0, dot2).getBytes(StandardCharsets.US_ASCII),
              new Base64URL(token.substring(dot2 + 1)));
    } catch (JOSEException | CloneNotSupportedException | RuntimeException e) {
      return reject("signature check failed: " + e.getClass().getSimpleName());
    }
    if (!valid) {
      return reject("bad signature");
    }
    return new VerifiedJws(
        entry.header.getAlgorithm(), accepted.header, Base64Url.decode(token, dot1 + 1, dot2));
  }

  /** The header rules above, on the header segment; null when they reject it. */
  private AcceptedHeader checkHeader(String segment) {
    Map<String, Object> header = parseObject(Base64Url.decode(segment, 0, segment.length()));
    if (header == null) {
      return reject("header is not a JSON object");
    }
    Entry entry = header.get("alg") instanceof String alg ? byAlgorithm.get(alg) : null;
    if (entry == null) {
      return reject("alg missing or not allowed");
    }
    if (header.containsKey("crit")) {
      return reject("crit header parameter");
    }
    if (header.containsKey("b64")) {
      return reject("b64 header parameter");
    }
    if (header.containsKey("cty")) {
      return reject("cty header parameter");
    }
    if (header.containsKey("typ") && !acceptableType(header.get("typ"))) {
      return reject("typ is not JWT or at+jwt");
    }
    return new AcceptedHeader(segment, entry, Collections.unmodifiableMap(header));
  }

  /**
   * Whether the signature segment of {@code token} is the HMAC of its signing input ({@code
   * token[0, dot2)}, ASCII, as the segments are canonical base64url), compared in constant time.
   */
  private static boolean hmacMatches(Mac mac, String token, int dot2) {
    byte[] signingInput = new byte[dot2];
    for (int i = 0; i < dot2; i++) {
      signingInput[i] = (byte) token.charAt(i);
    }
    byte[] expected = mac.doFinal(signingInput);
    return MessageDigest.isEqual(expected, Base64Url.decode(token, dot2 + 1, token.length()));
  }

  /** {@code typ}: absent, or {@code JWT} / {@code at+jwt} (RFC 9068), any case, "application/" optional. */
  static boolean acceptableType(Object typ) {
    if (!(typ instanceof String value)) {
      return false;
    }
    String type = value.regionMatches(true, 0, "application/", 0, 12) ? value.substring(12) : value;
    return type.equalsIgnoreCase("JWT") || type.equalsIgnoreCase("at+jwt");
  }

  /**
   * A UTF-8 JSON object, or null when the bytes are anything else: the header, parsed by Nimbus
   * once per distinct header segment (claims are read by {@link StrictJson}).
   */
  static Map<String, Object> parseObject(byte[] json) {
    try {
      return JSONObjectUtils.parse(Base64Url.utf8(json));
    } catch (ParseException | CharacterCodingException | RuntimeException e) {
      return null;
    }
  }

  private static <T> T reject(String reason) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "JWS rejected: {0}", reason);
    }
    return null;
  }
}
