package dev.gatehouse.runtime.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  /** A key made outside Java (Python's base64 and zlib.crc32) from the bytes 1 to 32. */
  static final String FIXED_KEY = "key_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyCH5uwl";

  /** {@code printf %s "$FIXED_KEY" | sha256sum}. */
  static final String FIXED_HASH =
      "9089b61239b66e31ea7c16da1dc7d1e9c17de21502c9573c708fe3c24dc7315b";

  static final Pattern SCANNER_PATTERN = Pattern.compile("key_[A-Za-z0-9_-]{48}");

  @Nested
  class Format {

    @Test
    void defaultKeyIsPrefixSeparatorAnd48Base64UrlCharacters() {
      NewApiKey created = ApiKeys.create();
      assertTrue(SCANNER_PATTERN.matcher(created.key()).matches(), created.key());
      assertEquals("key", created.prefix());
      assertEquals(52, created.key().length());
      assertTrue(ApiKeys.isWellFormed(created.key(), "key"));
    }

    @Test
    void customPrefix() {
      NewApiKey created = ApiKeys.create("sk_live");
      assertTrue(created.key().startsWith("sk_live_"), created.key());
      assertEquals("sk_live".length() + 1 + ApiKeys.BODY_LENGTH, created.key().length());
      assertTrue(ApiKeys.isWellFormed(created.key(), "sk_live"));
      assertFalse(ApiKeys.isWellFormed(created.key(), "key"));
    }

    @Test
    void badPrefixesAreRefused() {
      for (String prefix :
          new String[] {"", "1key", "_key", "key_", "my key", "kéy", "key-1", "a".repeat(33)}) {
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.create(prefix), prefix);
      }
      assertThrows(IllegalArgumentException.class, () -> ApiKeys.create(null));
      assertEquals(33 + ApiKeys.BODY_LENGTH, ApiKeys.create("a".repeat(32)).key().length());
    }

    @Test
    void aKeyMadeElsewhereByTheDocumentedRecipeIsWellFormed() {
      assertTrue(ApiKeys.isWellFormed(FIXED_KEY, "key"));
    }
  }

  @Nested
  class Entropy {

    @Test
    void bodyIs32RandomBytesAndAChecksum() {
      byte[] bytes = body(ApiKeys.create().key());
      assertEquals(36, bytes.length);
      assertEquals(32, ApiKeys.RANDOM_BYTES);
    }

    /**
     * Every one of the 256 random bits is set in about half of the keys: a generator that filled
     * fewer bytes, or reused a seed, fails. 2000 keys put 50% at 22 standard deviations from the
     * bounds, so this never fails by chance.
     */
    @Test
    void everyRandomBitVaries() {
      int keys = 2000;
      int[] ones = new int[256];
      Set<String> seen = new HashSet<>();
      for (int k = 0; k < keys; k++) {
        String key = ApiKeys.create().key();
        assertTrue(seen.add(key), "a key repeated");
        byte[] bytes = body(key);
        for (int bit = 0; bit < 256; bit++) {
          ones[bit] += (bytes[bit / 8] >>> (7 - bit % 8)) & 1;
        }
      }
      for (int bit = 0; bit < 256; bit++) {
        int count = ones[bit];
        assertTrue(count > keys / 4 && count < keys * 3 / 4, "bit " + bit + ": " + count);
      }
    }
  }

  @Nested
  class Checksum {

    @Test
    void lastFourBytesAreTheCrc32OfTheRandomBytes() {
      for (int i = 0; i < 20; i++) {
        byte[] bytes = body(ApiKeys.create().key());
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, 32);
        long stored = 0;
        for (int b = 32; b < 36; b++) {
          stored = stored << 8 | (bytes[b] & 0xff);
        }
        assertEquals(crc.getValue(), stored);
      }
    }

    @Test
    void everySingleWrongCharacterIsCaught() {
      String key = ApiKeys.create().key();
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      int tried = 0;
      for (int i = 4; i < key.length(); i++) {
        for (char c : alphabet.toCharArray()) {
          if (c != key.charAt(i)) {
            String typo = key.substring(0, i) + c + key.substring(i + 1);
            assertFalse(ApiKeys.isWellFormed(typo, "key"), typo);
            tried++;
          }
        }
      }
      assertEquals(48 * 63, tried);
    }

    @Test
    void everySwapOfNeighboursIsCaught() {
      String key = ApiKeys.create().key();
      for (int i = 4; i + 1 < key.length(); i++) {
        if (key.charAt(i) != key.charAt(i + 1)) {
          String swapped =
              key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2);
          assertFalse(ApiKeys.isWellFormed(swapped, "key"), swapped);
        }
      }
    }

    @Test
    void malformedKeysAreNotWellFormed() {
      String key = ApiKeys.create().key();
      List<String> bad =
          List.of(
              "",
              "key_",
              key.substring(0, key.length() - 1),
              key + "A",
              key.toUpperCase(Locale.ROOT),
              swapCase(key),
              "kex" + key.substring(3),
              "key-" + key.substring(4),
              key.substring(0, 10) + "%" + key.substring(11),
              key.substring(0, 10) + " " + key.substring(11),
              key.substring(0, 10) + "é" + key.substring(11),
              key.substring(0, 10) + "=" + key.substring(11));
      for (String value : bad) {
        assertFalse(ApiKeys.isWellFormed(value, "key"), value);
      }
      assertFalse(ApiKeys.isWellFormed(null, "key"));
    }
  }

  @Nested
  class Hashing {

    @Test
    void hashIsSha256HexOfTheWholeKey() {
      assertEquals(FIXED_HASH, ApiKeys.hash(FIXED_KEY));
      assertEquals(ApiKeys.hash(FIXED_KEY), ApiKeys.hash(new String(FIXED_KEY.toCharArray())));
    }

    @Test
    void createdHashIsTheHashOfTheCreatedKey() {
      NewApiKey created = ApiKeys.create();
      assertEquals(ApiKeys.hash(created.key()), created.hash());
      assertTrue(created.hash().matches("[0-9a-f]{64}"), created.hash());
      assertNotEquals(created.hash(), ApiKeys.create().hash());
    }

    @Test
    void toStringNeverShowsTheKey() {
      NewApiKey created = ApiKeys.create();
      assertFalse(created.toString().contains(created.key().substring(4)), created.toString());
      assertTrue(created.toString().contains(created.hash()));
    }
  }

  @Nested
  class Verify {

    @Test
    void acceptsTheKeyOfTheHash() {
      NewApiKey created = ApiKeys.create();
      assertTrue(ApiKeys.verify(created.key(), created.hash()));
      assertTrue(ApiKeys.verify(created.key(), created.hash().toUpperCase(Locale.ROOT)));
      assertTrue(ApiKeys.verify(FIXED_KEY, FIXED_HASH));
    }

    @Test
    void refusesAnyOtherKey() {
      NewApiKey created = ApiKeys.create();
      assertFalse(ApiKeys.verify(ApiKeys.create().key(), created.hash()));
      assertFalse(ApiKeys.verify(created.key() + "x", created.hash()));
      assertFalse(ApiKeys.verify("", created.hash()));
      assertFalse(ApiKeys.verify(null, created.hash()));
      assertFalse(ApiKeys.verify(created.hash(), created.hash()), "the hash is not the key");
    }

    @Test
    void aStoredHashThatIsNotAHashIsAnError() {
      String key = ApiKeys.create().key();
      String notHex = "g" + FIXED_HASH.substring(1);
      for (String bad : new String[] {"", "abc", key, FIXED_HASH + "0", notHex}) {
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.verify(key, bad), bad);
      }
      assertThrows(NullPointerException.class, () -> ApiKeys.verify(key, null));
    }

    /**
     * The constant-time property is structural: {@code verify}'s bytecode compares through {@link
     * java.security.MessageDigest#isEqual} and through nothing that returns early on the first
     * difference. Timing tests are too noisy to prove it; this fails as soon as someone writes
     * {@code equals} or {@code Arrays.equals} there.
     */
    @Test
    void comparesWithMessageDigestIsEqualOnly() {
      String signature = "public static boolean verify(java.lang.String, java.lang.String)";
      String code = bytecodeOf(ApiKeys.class, signature);
      assertTrue(code.contains("Method java/security/MessageDigest.isEqual:([B[B)Z"), code);
      for (String early :
          List.of(".equals:", ".equalsIgnoreCase:", ".contentEquals:", ".compareTo", ".mismatch:",
              ".regionMatches:", ".hashCode:", "if_icmp", "baload", "caload")) {
        assertFalse(code.contains(early), () -> "verify uses " + early + ":\n" + code);
      }
    }
  }

  /** The disassembled code of one method, from {@code javap -c -p}. */
  static String bytecodeOf(Class<?> type, String signature) {
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
    StringWriter out = new StringWriter();
    String classFile;
    try {
      classFile = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .resolve(type.getName().replace('.', '/') + ".class").toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    int status = javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", classFile);
    assertEquals(0, status, out.toString());
    String all = out.toString();
    int start = all.indexOf("  " + signature + ";");
    assertTrue(start >= 0, () -> signature + " not in:\n" + all);
    int end = all.indexOf("\n\n", start);
    return all.substring(start, end < 0 ? all.length() : end);
  }

  static byte[] body(String key) {
    return Base64.getUrlDecoder().decode(key.substring(key.indexOf('_') + 1));
  }

  static String swapCase(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return out.toString();
  }
}
