package dev.gatehouse.runtime.apikey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Creates API keys, and checks and hashes presented ones (the seed's {@code create_api_key()} and
 * {@code verify_key(key, hash)}).
 *
 * <pre>{@code
 * NewApiKey created = ApiKeys.create();          // or ApiKeys.create("acme")
 * keyStore.save(user.identity(), created.hash());
 * return created.key();                          // shown to the user once, never stored
 *
 * // later, for a key looked up by some other means than its hash:
 * boolean ok = ApiKeys.verify(presentedKey, storedHash);
 * }</pre>
 *
 * <h2>The key</h2>
 *
 * <p>{@code <prefix>_<48 base64url characters>}, for example {@code
 * key_WyQbVMsfFABP4t0_G4dT9E5Pbf2SdqSceU6CaeqFWvQp5c8A}:
 *
 * <ul>
 *   <li>the prefix ({@value #DEFAULT_PREFIX} by default; at most {@value #MAX_PREFIX_LENGTH}
 *       characters): an ASCII letter, then letters, digits or {@code _}, not ending in {@code _}.
 *       It makes a leaked key recognisable: a secret scanner matches {@code
 *       key_[A-Za-z0-9_-]{48}}. A product should pick a distinctive prefix ({@code acme}), so
 *       that its keys are not mistaken for anyone else's;
 *   <li>the separator {@code _};
 *   <li>36 bytes in unpadded base64url (RFC 4648 section 5; 36 bytes are exactly 48 characters, so
 *       every character carries six bits and every key has one spelling): {@value #RANDOM_BYTES}
 *       bytes from {@link SecureRandom} (256 bits), then the big-endian CRC-32 ({@link CRC32}, the
 *       zip/PNG polynomial) of those 32 bytes. The checksum lets a scanner discard look-alikes and
 *       lets the backend reject a mistyped or truncated key without a lookup: CRC-32 catches every
 *       change confined to 32 consecutive bits, so every single wrong character and every swap of
 *       two neighbours.
 * </ul>
 *
 * <h2>The stored hash</h2>
 *
 * <p>The SHA-256 of the whole key (prefix included, as its ASCII bytes), in 64 lowercase hex
 * digits: what {@code printf %s "$KEY" | sha256sum} prints. Hex was chosen over base64url because
 * operators can reproduce it with standard tools and it fits a {@code CHAR(64)} column; {@link
 * #verify} also accepts upper-case hex. A fast hash is right here, unlike for passwords: the key
 * carries 256 random bits, so nothing can be guessed from its hash, and a hash can be looked up
 * by index.
 *
 * <p>All methods are thread-safe.
 */
public final class ApiKeys {

  /** The default prefix: {@value}. */
  public static final String DEFAULT_PREFIX = "key";

  /** Between the prefix and the rest of the key: {@value}. */
  public static final char SEPARATOR = '_';

  /** The longest prefix accepted. */
  public static final int MAX_PREFIX_LENGTH = 32;

  /** Random bytes in a key: 32, that is 256 bits. */
  public static final int RANDOM_BYTES = 32;

  /** Checksum bytes after the random ones: a CRC-32. */
  static final int CHECKSUM_BYTES = 4;

  /** Characters after the separator: 48, the base64url form of 36 bytes. */
  public static final int BODY_LENGTH = (RANDOM_BYTES + CHECKSUM_BYTES) / 3 * 4;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final HexFormat HEX = HexFormat.of();

  /** A ready SHA-256 digest to clone: cheaper than a provider look-up on every key. */
  private static final MessageDigest SHA256 = sha256Instance();
  private static final int SHA256_BYTES = 32;

  private ApiKeys() {}

  /** A new key with the {@linkplain #DEFAULT_PREFIX default prefix}. */
  public static NewApiKey create() {
    return create(DEFAULT_PREFIX);
  }

  /**
   * A new key with this prefix, and the hash to store.
   *
   * @throws IllegalArgumentException when the prefix breaks the rules in the class comment
   */
  public static NewApiKey create(String prefix) {
    String problem = prefixProblem(prefix);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    ByteBuffer body = ByteBuffer.allocate(RANDOM_BYTES + CHECKSUM_BYTES); // big-endian
    body.put(random).putInt(checksum(random, RANDOM_BYTES));
    String key = prefix + SEPARATOR + ENCODER.encodeToString(body.array());
    return new NewApiKey(prefix, key, hash(key));
  }

  /**
   * The hash to store for a key: SHA-256 of its UTF-8 bytes (ASCII for every well-formed key), as
   * 64 lowercase hex digits.
   */
  public static String hash(String key) {
    Objects.requireNonNull(key, "key");
    return HEX.formatHex(sha256(key));
  }

  /**
   * Whether {@code key} hashes to {@code storedHash}. The digests are compared with {@link
   * MessageDigest#isEqual}, whose time does not depend on where they differ.
   *
   * @param key the presented key; null is never valid
   * @param storedHash a hash made by {@link #hash} or {@link #create}: 64 hex digits, either case
   * @throws IllegalArgumentException when {@code storedHash} is not 64 hex digits (a storage bug,
   *     not a wrong key)
   */
  public static boolean verify(String key, String storedHash) {
    byte[] expected = parseHash(storedHash);
    if (key == null) {
      return false;
    }
    return MessageDigest.isEqual(sha256(key), expected);
  }

  /**
   * Whether {@code key} has the form of a key with this prefix: length, prefix, separator,
   * base64url alphabet and checksum. Says nothing about whether the key was ever issued.
   */
  public static boolean isWellFormed(String key, String prefix) {
    return formatProblem(key, prefix) == null;
  }

  /**
   * What is wrong with the form of {@code key}, or null when it is well-formed; the answer never
   * contains the key. The checks are ordered cheapest first, and the length is checked before any
   * character is read, so an oversized value costs nothing.
   */
  static String formatProblem(String key, String prefix) {
    if (key == null) {
      return "no key";
    }
    int bodyStart = prefix.length() + 1;
    if (key.length() != bodyStart + BODY_LENGTH) {
      return "length " + key.length() + " instead of " + (bodyStart + BODY_LENGTH);
    }
    if (!key.startsWith(prefix) || key.charAt(prefix.length()) != SEPARATOR) {
      return "not the prefix " + prefix + SEPARATOR;
    }
    for (int i = bodyStart; i < key.length(); i++) {
      if (!isBase64Url(key.charAt(i))) {
        return "a character outside base64url at position " + i;
      }
    }
    byte[] body = Base64.getUrlDecoder().decode(key.substring(bodyStart));
    int presented = ByteBuffer.wrap(body, RANDOM_BYTES, CHECKSUM_BYTES).getInt();
    return presented == checksum(body, RANDOM_BYTES) ? null : "checksum mismatch";
  }

  /** What is wrong with a prefix, or null when it is fine. */
  static String prefixProblem(String prefix) {
    if (prefix == null || prefix.isEmpty() || prefix.length() > MAX_PREFIX_LENGTH) {
      return "an API key prefix must have 1 to " + MAX_PREFIX_LENGTH + " characters";
    }
    boolean ok = isAsciiLetter(prefix.charAt(0)) && prefix.charAt(prefix.length() - 1) != '_';
    for (int i = 1; ok && i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      ok = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
    return ok
        ? null
        : "an API key prefix must start with an ASCII letter, continue with letters, digits or"
            + " '_', and not end with '_': \"" + prefix + "\"";
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isBase64Url(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_';
  }

  /** The CRC-32 of {@code bytes[0, length)}. */
  private static int checksum(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  private static byte[] parseHash(String storedHash) {
    Objects.requireNonNull(storedHash, "storedHash");
    if (storedHash.length() != 2 * SHA256_BYTES) {
      throw new IllegalArgumentException(
          "a stored API key hash is 64 hex digits, not " + storedHash.length() + " characters");
    }
    try {
      return HEX.parseHex(storedHash);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a stored API key hash is 64 hex digits", e);
    }
  }

  private static byte[] sha256(String key) {
    return newSha256().digest(key.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256Instance() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static MessageDigest newSha256() {
    try {
      return (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      return sha256Instance(); // a provider whose digest cannot be cloned
    }
  }
}
