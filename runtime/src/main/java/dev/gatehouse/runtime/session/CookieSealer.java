package dev.gatehouse.runtime.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens the signed-cookie store's cookies: AES-256-GCM (authenticated encryption) under a
 * key of its own for every cookie, derived with HKDF-SHA256 (RFC 5869) from the configured secret
 * and a random salt carried in the cookie.
 *
 * <p>Layout, base64url without padding: {@code version (1) | salt (16) | nonce (12) | ciphertext |
 * tag (16)}. The additional authenticated data is the version and the cookie name, so a cookie is
 * accepted only under the name it was issued for. The pseudo-random key extracted from the secret
 * is labelled for this purpose alone ({@code info}), so it is independent of the secret's use as an
 * HMAC key for JWTs. A fresh key per cookie keeps AES-GCM far from its limit of about 2^32 messages
 * per key with random nonces, however many cookies a server writes.
 */
final class CookieSealer {

  static final byte VERSION = 1;
  static final int SALT_BYTES = 16;
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;
  static final int OVERHEAD = 1 + SALT_BYTES + NONCE_BYTES + TAG_BYTES;

  private static final byte[] EXTRACT_SALT = bytes("dev.gatehouse.session/v1");
  private static final byte[] INFO = bytes("gatehouse session cookie AES-256-GCM key");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] prk;
  private final byte[] aad;

  // Cipher.getInstance and Mac.getInstance look up providers each time; one of each per thread.
  private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(CookieSealer::newCipher);
  private final ThreadLocal<Mac> expander = ThreadLocal.withInitial(this::newExpander);

  /**
   * @param secret at least 32 bytes of secret
   * @param cookieName the name the cookies are issued under
   */
  CookieSealer(byte[] secret, String cookieName) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the secret must have at least 32 bytes");
    }
    this.prk = hmac(EXTRACT_SALT, secret);
    byte[] name = bytes(cookieName);
    this.aad = new byte[1 + name.length];
    this.aad[0] = VERSION;
    System.arraycopy(name, 0, this.aad, 1, name.length);
  }

  /** The sealed form of {@code plaintext}. */
  String seal(byte[] plaintext) {
    byte[] out = new byte[OVERHEAD + plaintext.length];
    out[0] = VERSION;
    byte[] salt = new byte[SALT_BYTES];
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(nonce);
    System.arraycopy(salt, 0, out, 1, SALT_BYTES);
    System.arraycopy(nonce, 0, out, 1 + SALT_BYTES, NONCE_BYTES);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, salt, nonce);
      cipher.doFinal(plaintext, 0, plaintext.length, out, 1 + SALT_BYTES + NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
  }

  /**
   * The plaintext of a cookie this sealer made, or null for anything else: not canonical base64url,
   * too short, another version, or failing authentication (tampered, truncated, spliced, another
   * secret or cookie name). Never throws for bad input.
   */
  byte[] open(String sealed) {
    byte[] in;
    try {
      in = Base64.getUrlDecoder().decode(sealed);
    } catch (IllegalArgumentException e) {
      return null;
    }
    // The decoder ignores the unused low bits of the last character; accept one spelling only.
    if (in.length < OVERHEAD
        || in[0] != VERSION
        || sealed.indexOf('=') >= 0
        || !Base64.getUrlEncoder().withoutPadding().encodeToString(in).equals(sealed)) {
      return null;
    }
    byte[] salt = Arrays.copyOfRange(in, 1, 1 + SALT_BYTES);
    byte[] nonce = Arrays.copyOfRange(in, 1 + SALT_BYTES, 1 + SALT_BYTES + NONCE_BYTES);
    int offset = 1 + SALT_BYTES + NONCE_BYTES;
    try {
      return cipher(Cipher.DECRYPT_MODE, salt, nonce).doFinal(in, offset, in.length - offset);
    } catch (GeneralSecurityException e) {
      return null; // AEADBadTagException: not ours, or altered
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private Mac newExpander() {
    return mac(prk);
  }

  /** An HmacSHA256 keyed with {@code key}. */
  static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private Cipher cipher(int mode, byte[] salt, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = CIPHER.get();
    cipher.init(
        mode, new SecretKeySpec(expand(salt), "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
    cipher.updateAAD(aad);
    return cipher;
  }

  /** The cookie's key: HKDF-Expand with {@code info | salt}. */
  private byte[] expand(byte[] salt) {
    return expand(expander.get(), INFO, salt);
  }

  /**
   * HKDF-Expand (RFC 5869) of 32 bytes, one block: {@code HMAC(prk, info | 0x01)}, with {@code prk}
   * the key of {@code mac} and {@code info} given in parts.
   */
  static byte[] expand(Mac mac, byte[]... info) {
    for (byte[] part : info) {
      mac.update(part);
    }
    mac.update((byte) 1);
    return mac.doFinal();
  }

  static byte[] hmac(byte[] key, byte[] data) {
    return mac(key).doFinal(data);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
