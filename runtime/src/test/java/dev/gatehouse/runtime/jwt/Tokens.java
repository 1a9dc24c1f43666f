package dev.gatehouse.runtime.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hand-built tokens for tests, made with the JDK's HMAC directly so that the tests do not depend
 * on the code under test to produce their input.
 */
final class Tokens {

  /** 2030-01-01T00:00:00Z. */
  static final long NOW = 1_893_456_000L;

  static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

  /** A 32-byte HS256 secret. */
  static final byte[] SECRET = bytes(32, 7);

  /** A 64-byte secret, enough for HS512. */
  static final byte[] SECRET_64 = bytes(64, 11);

  static final String HS256_HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

  private Tokens() {}

  static byte[] bytes(int length, int seed) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (seed * 31 + i * 17);
    }
    return b;
  }

  static String b64(String s) {
    return b64(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** header.payload.signature with the HMAC named by jcaName (HmacSHA256, ...). */
  static String hmac(String jcaName, byte[] secret, String headerJson, String payloadJson) {
    return signRaw(jcaName, secret, b64(headerJson) + "." + b64(payloadJson));
  }

  /** Appends the HMAC of the given signing input. */
  static String signRaw(String jcaName, byte[] secret, String signingInput) {
    try {
      Mac mac = Mac.getInstance(jcaName);
      mac.init(new SecretKeySpec(secret, jcaName));
      byte[] sig = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + b64(sig);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** An HS256 token with the default header and SECRET. */
  static String hs256(String payloadJson) {
    return hmac("HmacSHA256", SECRET, HS256_HEADER, payloadJson);
  }

  /** A payload for "alice" valid at NOW, with extra JSON members appended (",\"k\":v" form). */
  static String claims(String extra) {
    return "{\"sub\":\"alice\",\"exp\":" + (NOW + 600) + ",\"iat\":" + (NOW - 10) + extra + "}";
  }

  static byte[] copy(byte[] b) {
    return Arrays.copyOf(b, b.length);
  }
}
