package dev.gatehouse.runtime.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CookieSealerTest {

  static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PLAIN =
      "{\"id\":\"x\",\"data\":{\"user\":\"alice\"}}".getBytes(StandardCharsets.UTF_8);

  final CookieSealer sealer = new CookieSealer(SECRET, "session");

  static byte[] decode(String s) {
    return Base64.getUrlDecoder().decode(s);
  }

  static String encode(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  @Test
  void hkdfMatchesRfc5869TestCase1() {
    HexFormat hex = HexFormat.of();
    byte[] prk =
        CookieSealer.hmac(
            hex.parseHex("000102030405060708090a0b0c"), hex.parseHex("0b".repeat(22)));
    assertEquals(
        "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5", hex.formatHex(prk));
    byte[] okm =
        CookieSealer.expand(
            CookieSealer.mac(prk), hex.parseHex("f0f1f2f3f4"), hex.parseHex("f5f6f7f8f9"));
    assertEquals(
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf", hex.formatHex(okm));
  }

  @Test
  void opensWhatItSealedAndNeverTheSameCookieTwice() {
    String a = sealer.seal(PLAIN);
    String b = sealer.seal(PLAIN);
    assertNotEquals(a, b);
    assertArrayEquals(PLAIN, sealer.open(a));
    assertArrayEquals(PLAIN, sealer.open(b));
    assertEquals(CookieSealer.OVERHEAD + PLAIN.length, decode(a).length);
  }

  @Test
  void everySingleBitFlipIsRejected() {
    byte[] cookie = decode(sealer.seal(PLAIN));
    for (int i = 0; i < cookie.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] flipped = cookie.clone();
        flipped[i] ^= (byte) (1 << bit);
        assertNull(sealer.open(encode(flipped)), "byte " + i + " bit " + bit);
      }
    }
  }

  @Test
  void everyTruncationAndExtensionIsRejected() {
    String cookie = sealer.seal(PLAIN);
    for (int length = 0; length < cookie.length(); length++) {
      assertNull(sealer.open(cookie.substring(0, length)), "length " + length);
    }
    byte[] bytes = decode(cookie);
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    assertNull(sealer.open(encode(longer)));
  }

  @Test
  void anotherNameOrSecretOrSpellingIsRejected() {
    String cookie = sealer.seal(PLAIN);
    assertNull(new CookieSealer(SECRET, "other").open(cookie));
    byte[] otherSecret = SECRET.clone();
    otherSecret[0] ^= 1;
    assertNull(new CookieSealer(otherSecret, "session").open(cookie));
    assertNull(sealer.open(cookie + "="));
    assertNull(
        sealer.open(
            Base64.getUrlEncoder().encodeToString(decode(cookie))
                + (decode(cookie).length % 3 == 0 ? "=" : "")));
    assertNull(sealer.open(cookie.replace('-', '+').replace('_', '/') + "!"));
    assertNull(sealer.open(""));
    assertNull(sealer.open("%%%"));
  }

  @Test
  void nonCanonicalTrailingBitsAreRejected() {
    // a length with unused bits in the last character: find one, then set those bits
    byte[] plain = PLAIN;
    String cookie;
    do {
      plain = java.util.Arrays.copyOf(plain, plain.length + 1);
      plain[plain.length - 1] = ' ';
      cookie = sealer.seal(plain);
    } while (decode(cookie).length % 3 == 0);
    char last = cookie.charAt(cookie.length() - 1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    String variant =
        cookie.substring(0, cookie.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
    assertArrayEquals(decode(cookie), decode(variant), "the JDK decoder ignores the unused bits");
    assertNull(sealer.open(variant));
  }

  @Test
  void aShortSecretIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CookieSealer(new byte[31], "session"));
  }
}
