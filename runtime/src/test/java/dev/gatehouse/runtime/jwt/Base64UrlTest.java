package dev.gatehouse.runtime.jwt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.CharacterCodingException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64UrlTest {

  private static boolean canonical(String s) {
    return Base64Url.isCanonical(s, 0, s.length());
  }

  @Test
  void everyEncodingOfRandomBytesIsCanonicalAndRoundTrips() {
    Random random = new Random(42);
    for (int length = 0; length < 70; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      String encoded = Base64Url.encode(bytes);
      assertTrue(canonical(encoded), encoded);
      assertArrayEquals(bytes, Base64Url.decode(encoded, 0, encoded.length()));
    }
  }

  @Test
  void exactlyOneEncodingPerValue() {
    // for one byte (2 chars) and two bytes (3 chars), count canonical strings: 256 and 65536
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    Set<String> decoded = new HashSet<>();
    int canonical = 0;
    for (char a : alphabet.toCharArray()) {
      for (char b : alphabet.toCharArray()) {
        String s = "" + a + b;
        if (canonical(s)) {
          canonical++;
          decoded.add(Base64.getEncoder().encodeToString(Base64Url.decode(s, 0, 2)));
        }
      }
    }
    assertEquals(256, canonical);
    assertEquals(256, decoded.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "AAAAA", "QR", "QUJ", "Zm9=", "Zm9v=", "Zm 9v", "Zm+v", "Zm/v", "Zm9v\n", "é", "Zm9v\u0000"})
  void nonCanonicalIsRefused(String s) {
    assertFalse(canonical(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "QQ", "QUI", "Zm9v", "-_-_"})
  void canonicalIsAccepted(String s) {
    assertTrue(canonical(s), s);
  }

  @Test
  void rangesAreRespected() {
    String s = "??Zm9v??";
    assertTrue(Base64Url.isCanonical(s, 2, 6));
    assertFalse(Base64Url.isCanonical(s, 1, 6));
    assertArrayEquals(
        "foo".getBytes(java.nio.charset.StandardCharsets.US_ASCII), Base64Url.decode(s, 2, 6));
    assertArrayEquals(new byte[] {'A'}, Base64Url.decode("..QQ..", 2, 4));
    assertArrayEquals(new byte[] {'A', 'B'}, Base64Url.decode(".QUI", 1, 4));
  }

  @Test
  void utf8IsStrict() throws Exception {
    assertEquals("é", Base64Url.utf8(new byte[] {(byte) 0xC3, (byte) 0xA9}));
    assertThrows(CharacterCodingException.class, () -> Base64Url.utf8(new byte[] {(byte) 0xC3}));
    assertThrows(
        CharacterCodingException.class, () -> Base64Url.utf8(new byte[] {'a', (byte) 0x80}));
    assertEquals(
        "plain ascii \u007f",
        Base64Url.utf8("plain ascii \u007f".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    assertThrows(CharacterCodingException.class, () -> Base64Url.utf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
  }
}
