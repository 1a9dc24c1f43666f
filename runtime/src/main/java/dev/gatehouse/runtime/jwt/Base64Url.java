package dev.gatehouse.runtime.jwt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Strict base64url (RFC 7515 section 2): the URL-safe alphabet only, no padding, no whitespace,
 * no impossible length, and the unused bits of the last character zero, so that every byte string
 * has exactly one accepted encoding. Nimbus's own decoder is lenient (it skips characters outside
 * the alphabet), so tokens are checked here before Nimbus sees them.
 */
final class Base64Url {

  /** The 6-bit value of each ASCII character, or -1 outside the base64url alphabet. */
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = (byte) i;
    }
  }

  private Base64Url() {}

  /**
   * Whether {@code s[from, to)} is canonical unpadded base64url. The empty range is canonical (it
   * encodes no bytes); callers that need content check the length themselves.
   */
  static boolean isCanonical(String s, int from, int to) {
    int length = to - from;
    if (length < 0 || length % 4 == 1) {
      return false;
    }
    int last = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 128 || VALUES[c] < 0) {
        return false;
      }
      last = VALUES[c];
    }
    switch (length % 4) {
      case 2:
        return (last & 0x0f) == 0; // 12 bits carry 8: the low 4 bits are unused
      case 3:
        return (last & 0x03) == 0; // 18 bits carry 16: the low 2 bits are unused
      default:
        return true;
    }
  }

  /** Decodes {@code s[from, to)}, which {@link #isCanonical} accepted. */
  static byte[] decode(String s, int from, int to) {
    byte[] out = new byte[(to - from) * 3 / 4];
    int bits = 0;
    int count = 0;
    int n = 0;
    for (int i = from; i < to; i++) {
      bits = bits << 6 | VALUES[s.charAt(i)];
      count += 6;
      if (count >= 8) {
        count -= 8;
        out[n++] = (byte) (bits >> count);
      }
    }
    return out;
  }

  /** Encodes without padding. */
  static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Decodes UTF-8, refusing malformed input (RFC 7515 requires UTF-8 JSON). */
  static String utf8(byte[] bytes) throws CharacterCodingException {
    boolean ascii = true;
    for (byte b : bytes) {
      ascii &= b >= 0;
    }
    if (ascii) {
      return new String(bytes, StandardCharsets.US_ASCII); // ASCII is valid UTF-8 as it is
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
