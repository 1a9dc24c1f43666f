package dev.gatehouse.runtime.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.shaded.gson.Strictness;
import com.nimbusds.jose.shaded.gson.stream.JsonReader;
import com.nimbusds.jose.shaded.gson.stream.JsonToken;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StrictJson} against Nimbus's {@code JSONObjectUtils.parse} (Gson), which it replaced for
 * claims: the same verdict and equal values (same Java types) on every input, except where this
 * reader is deliberately stricter, and then it rejects.
 */
class StrictJsonTest {

  private static Map<String, Object> ours(String json) {
    return StrictJson.parseObject(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> nimbus(String json) {
    try {
      return JSONObjectUtils.parse(json);
    } catch (ParseException e) {
      return null;
    }
  }

  /**
   * Asserts the differential rule on one input and returns whether it was accepted: when Nimbus
   * rejects, so does StrictJson; when Nimbus accepts, StrictJson gives an equal map, unless the
   * input has one of the features StrictJson rejects on purpose (and then it must reject).
   */
  private static boolean compare(String json) {
    Map<String, Object> theirs = nimbus(json);
    Map<String, Object> ours = ours(json);
    if (theirs == null) {
      assertNull(ours, () -> "Nimbus rejects, StrictJson accepts: " + json);
      return false;
    }
    String stricter = stricterFeature(json);
    if (stricter != null) {
      assertNull(ours, () -> "StrictJson must reject (" + stricter + "): " + json);
      return false;
    }
    assertNotNull(ours, () -> "Nimbus accepts, StrictJson rejects: " + json);
    assertEquals(theirs, ours, json);
    assertSameTypes(theirs, ours, json);
    return true;
  }

  /** Map.equals already tells Long from Double; this also pins nested maps' and lists' values. */
  private static void assertSameTypes(Object theirs, Object ours, String json) {
    if (theirs instanceof Map<?, ?> t) {
      Map<?, ?> o = (Map<?, ?>) ours;
      for (Object key : t.keySet()) {
        assertSameTypes(t.get(key), o.get(key), json);
      }
    } else if (theirs instanceof List<?> t) {
      List<?> o = (List<?>) ours;
      for (int i = 0; i < t.size(); i++) {
        assertSameTypes(t.get(i), o.get(i), json);
      }
    } else if (theirs != null) {
      assertEquals(theirs.getClass(), ours.getClass(), json);
    }
  }

  /**
   * What in a document Nimbus accepts makes StrictJson reject it, found with Gson's own streaming
   * reader (so the test does not trust the code under test): a byte order mark, a duplicate key in
   * a nested object, nesting deeper than the bound, an unpaired surrogate in a string.
   */
  private static String stricterFeature(String json) {
    if (json.startsWith("\uFEFF")) {
      return "byte order mark";
    }
    if (json.strip().startsWith("[")) {
      return "an array of key-value pairs, which Gson reads as a map";
    }
    try (JsonReader reader = new JsonReader(new StringReader(json))) {
      reader.setStrictness(Strictness.STRICT);
      return walk(reader, -1);
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("Gson's reader fails on what Nimbus accepted: " + json, e);
    }
  }

  private static String walk(JsonReader reader, int depth) throws IOException {
    JsonToken token = reader.peek();
    if ((token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY)
        && depth > JsonValues.MAX_DEPTH) {
      return "nested deeper than " + JsonValues.MAX_DEPTH;
    }
    String found = null;
    switch (token) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        Set<String> keys = new HashSet<>();
        while (reader.hasNext()) {
          String key = reader.nextName();
          String inKey = unpaired(key);
          String inValue = walk(reader, depth + 1);
          found = found != null ? found
              : !keys.add(key) ? "duplicate key " + key
              : inKey != null ? inKey
              : inValue;
        }
        reader.endObject();
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        while (reader.hasNext()) {
          String inValue = walk(reader, depth + 1);
          found = found != null ? found : inValue;
        }
        reader.endArray();
      }
      case STRING -> found = unpaired(reader.nextString());
      default -> reader.skipValue();
    }
    return found;
  }

  private static String unpaired(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "unpaired surrogate";
      }
    }
    return null;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}", " {} ", "\t\r\n{\t\r\n}\t\r\n", "{\"a\":1}", "{\"\":1}", "{\"a\":\"\"}",
      "{\"a\":0}", "{\"a\":-0}", "{\"a\":-0.0}", "{\"a\":0.0}", "{\"a\":1.0}", "{\"a\":1E2}",
      "{\"a\":1e+2}", "{\"a\":1e-2}", "{\"a\":1.5e3}", "{\"a\":100e-2}", "{\"a\":1e-400}",
      "{\"a\":9223372036854775807}", "{\"a\":9223372036854775808}", "{\"a\":-9223372036854775808}",
      "{\"a\":-9223372036854775809}", "{\"a\":12345678901234567890}", "{\"a\":1e308}",
      "{\"a\":123456789012345678901234567890e-10}", "{\"a\":4.9e-324}", "{\"a\":2.5e-324}",
      "{\"a\":0.1}", "{\"a\":1.7976931348623157e308}", "{\"a\":1.7976931348623159e308}",
      "{\"a\":true,\"b\":false,\"c\":null}", "{\"a\":[]}", "{\"a\":{}}", "{\"a\":[1,null,2]}",
      "{\"a\":[[[]],{}]}", "{\"a\":{\"b\":{\"c\":[{\"d\":null}]}}}",
      "{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}", "{\"a\":\"\\u0000\\u001F\\u00e9\\u00E9\"}",
      "{\"a\":\"\\ud83d\\ude00\"}", "{\"a\":\"\\uD83D\\uDE00x\"}", "{\"\\u0061\":1}",
      "{\"a\":\"é😀\u007f\u0080\u2028\"}", "{\"é\":\"\\\\u0041\"}", "{\"a\":\"x\\\\\"}",
      // rejected by both
      "", " ", "null", "[1]", "1", "\"a\"", "true", "{", "}", "{\"a\"}", "{\"a\":}",
      "{\"a\":1,}", "{,}", "{\"a\":1 \"b\":2}", "{\"a\" \"b\"}", "{\"a\":[1,]}", "{\"a\":[,1]}",
      "{\"a\":[1 2]}", "{\"a\":1}x", "{\"a\":1}{}", "{\"a\":1}}", "{a:1}", "{'a':1}",
      "{\"a\":'b'}", "{\"a\":1}/*c*/", "{\"a\":1}//c", "{\"a\":1}#", "{\"a\":NaN}",
      "{\"a\":Infinity}", "{\"a\":-Infinity}", "{\"a\":1e400}", "{\"a\":-1e400}", "{\"a\":01}",
      "{\"a\":-01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":1e+}",
      "{\"a\":-}", "{\"a\":0x10}", "{\"a\":tru}", "{\"a\":truee}", "{\"a\":nul}", "{\"a\":True}",
      "{\"a\":\"x\ty\"}", "{\"a\":\"x\ny\"}", "{\"a\":\"\u0000\"}", "{\"a\":\"\\x\"}",
      "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":\"\\U0041\"}", "{\"a\":\"\\\"}",
      "{\"a\":\"abc}", "{\"a\":1;\"b\":2}", "{\"a\"=1}", "{\"a\"=>1}", "{\"a\":1,\"a\":2}",
      "{\"a\":null,\"a\":null}", "{\"a\":1,\"\\u0061\":2}", "{\"a\":1}\u0000", "\u000b{}", "{}\f",
      "{\"a\":1}\u00a0", ")]}'\n{}", "{\"a\":\"\\u\uFF10\uFF10\uFF14\uFF11\"}",
      "{\"a\":\"\\u\u0660\u0660\u0664\u0661\"}",
      // stricter here: Nimbus accepts, StrictJson rejects
      "\uFEFF{}", "[]", "[[\"sub\",\"alice\"]]", "{\"o\":{\"a\":1,\"a\":2}}", "{\"o\":[{\"a\":1,\"a\":1}]}", "{\"a\":\"\\ud800\"}",
      "{\"a\":\"\\udc00\"}", "{\"a\":\"\\ude00\\ud83d\"}", "{\"a\":\"\\ud83dx\"}",
      "{\"\\ud800\":1}", "{\"a\":\"\\ud83d\\u0041\"}", "{\"a\":\"\\ud83d😀\"}"})
  void handWrittenInputsAgreeWithNimbus(String json) {
    compare(json);
  }

  @Test
  void generatedDocumentsAndTheirMutationsAgreeWithNimbus() {
    Random random = new Random(7919);
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < 1_500; i++) {
      String json = new Generator(random).document();
      assertTrue(compare(json), json);
      for (int m = 0; m < 10; m++) {
        if (compare(mutate(json, random))) {
          accepted++;
        } else {
          rejected++;
        }
      }
    }
    // the mutations must exercise both verdicts, or the comparison says little
    assertTrue(accepted > 1_000 && rejected > 5_000, accepted + " accepted, " + rejected + " rejected");
  }

  /** Random well-formed documents, with every number form, escape and whitespace JSON allows. */
  private static final class Generator {
    private static final String[] NUMBERS = {"0", "-0", "7", "-42", "1.5", "-0.0", "0.25e1",
        "1E2", "1e-2", "6.02E+23", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "123456789012345678901234567890", "1e308", "5e-324", "1e-400",
        "1.0", "100", "3.141592653589793"};
    private static final String CHARS = "aZ09 _-:/.\"\\\b\f\n\r\t\u0000\u001f\u007fé€😀\u2028";

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    Generator(Random random) {
      this.random = random;
    }

    String document() {
      space();
      object(0);
      space();
      return out.toString();
    }

    private void space() {
      int n = random.nextInt(4) == 0 ? random.nextInt(3) : 0;
      for (int i = 0; i < n; i++) {
        out.append(" \t\n\r".charAt(random.nextInt(4)));
      }
    }

    private void object(int depth) {
      out.append('{');
      space();
      int n = random.nextInt(depth == 0 ? 6 : 4);
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < n; i++) {
        String key = text(4);
        if (!keys.add(key)) {
          continue;
        }
        if (keys.size() > 1) {
          out.append(',');
          space();
        }
        string(key);
        space();
        out.append(':');
        space();
        value(depth + 1);
        space();
      }
      out.append('}');
    }

    private void value(int depth) {
      int kind = random.nextInt(depth > 4 ? 5 : 7);
      switch (kind) {
        case 0 -> out.append(NUMBERS[random.nextInt(NUMBERS.length)]);
        case 1 -> out.append(random.nextLong() >> random.nextInt(64));
        case 2 -> string(text(12));
        case 3 -> out.append(new String[] {"true", "false", "null"}[random.nextInt(3)]);
        case 4 -> out.append(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
        case 5 -> object(depth);
        default -> {
          out.append('[');
          space();
          int n = random.nextInt(4);
          for (int i = 0; i < n; i++) {
            if (i > 0) {
              out.append(',');
              space();
            }
            value(depth + 1);
            space();
          }
          out.append(']');
        }
      }
    }

    private String text(int max) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        s.appendCodePoint(CHARS.codePointAt(CHARS.offsetByCodePoints(0,
            random.nextInt(CHARS.codePointCount(0, CHARS.length())))));
      }
      return s.toString();
    }

    /** A string literal, each character written raw where allowed or escaped in one of its forms. */
    private void string(String s) {
      out.append('"');
      int form = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!Character.isLowSurrogate(c)) {
          form = random.nextInt(4); // both halves of a pair raw or both escaped: UTF-8 has no half
        }
        String shortEscape = switch (c) {
          case '"' -> "\\\"";
          case '\\' -> "\\\\";
          case '/' -> "\\/";
          case '\b' -> "\\b";
          case '\f' -> "\\f";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          default -> null;
        };
        boolean mustEscape = c == '"' || c == '\\' || c < 0x20;
        if (form == 0 || (mustEscape && shortEscape == null)) {
          String hex = String.format("%04x", (int) c);
          out.append("\\u").append(random.nextBoolean() ? hex : hex.toUpperCase());
        } else if (shortEscape != null && (mustEscape || form == 1)) {
          out.append(shortEscape);
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
  }

  /** One to three random edits: delete, insert or replace a character or a short piece, truncate. */
  private static String mutate(String json, Random random) {
    String[] pieces = {"{", "}", "[", "]", ":", ",", "\"", "\\", " ", "0", "1", "-", "+", ".", "e",
        "E", "t", "n", "\u0000", "\t", "\\u", "\\ud800", "\\udc00", "\\ud83d\\ude00", "é", "x",
        "\"a\":1,", "\"\":0,", "[[", "]]", "{\"k\":", "\uFEFF", "null", "1e999", "/"};
    StringBuilder s = new StringBuilder(json);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> {
          if (s.length() > 0 && !Character.isSurrogate(s.charAt(at))) {
            s.deleteCharAt(at);
          }
        }
        case 1 -> s.insert(safe(s, at), pieces[random.nextInt(pieces.length)]);
        case 2 -> {
          int i = safe(s, at);
          if (i < s.length() && !Character.isSurrogate(s.charAt(i))) {
            s.replace(i, i + 1, pieces[random.nextInt(pieces.length)]);
          }
        }
        default -> s.setLength(safe(s, at + (s.length() - at) / 2));
      }
    }
    return s.toString();
  }

  /** An index that does not split a surrogate pair (the document stays valid UTF-16). */
  private static int safe(CharSequence s, int at) {
    return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
  }

  @Test
  void valuesArePlainAndNestedOnesImmutable() {
    Map<String, Object> claims = ours(
        "{\"s\":\"x\",\"l\":5,\"d\":2.5,\"b\":true,\"n\":null,\"a\":[1,{\"k\":[]}],\"o\":{\"p\":null}}");
    assertEquals(Long.valueOf(5), claims.get("s").equals("x") ? claims.get("l") : null);
    assertEquals(Double.valueOf(2.5), claims.get("d"));
    assertEquals(Boolean.TRUE, claims.get("b"));
    assertTrue(claims.containsKey("n") && claims.get("n") == null);
    assertEquals(List.of("s", "l", "d", "b", "n", "a", "o"), new ArrayList<>(claims.keySet()));
    List<?> a = (List<?>) claims.get("a");
    Map<?, ?> o = (Map<?, ?>) claims.get("o");
    assertThrows(UnsupportedOperationException.class, () -> a.remove(0));
    assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) a.get(1)).clear());
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) ((Map<?, ?>) a.get(1)).get("k")).clear());
    assertThrows(UnsupportedOperationException.class, o::clear);
    assertTrue(o.containsKey("p"), "nested nulls are kept");
    claims.remove("n"); // the top level is the caller's to adjust
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"o\":{\"a\":1,\"a\":2}}", "{\"l\":[{\"a\":1,\"b\":0,\"a\":1}]}",
      "{\"a\":null,\"a\":null}", "{\"a\":1,\"\\u0061\":1}"})
  void duplicateKeysAreRejectedAtEveryLevel(String json) {
    assertNull(ours(json), json);
  }

  @Test
  void nestingIsBoundedByWhatTheIssuerAccepts() {
    int max = JsonValues.MAX_DEPTH;
    assertNotNull(ours("{\"a\":" + "[".repeat(max + 1) + "]".repeat(max + 1) + "}"));
    assertNull(ours("{\"a\":" + "[".repeat(max + 2) + "]".repeat(max + 2) + "}"));
    assertNull(ours("{\"a\":" + "{\"b\":".repeat(max + 1) + "{}" + "}".repeat(max + 1) + "}"));
    assertNull(ours("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"), "no stack overflow");
    // what the issuer nests the deepest is read back
    Object nested = "leaf";
    for (int i = 0; i < max; i++) {
      nested = List.of(nested);
    }
    TokenIssuer issuer = new TokenIssuer(dev.gatehouse.runtime.GatehouseConfig.builder().secretKey(Tokens.SECRET).build());
    String token = issuer.issue(Map.of("sub", "alice", "deep", nested), java.time.Duration.ofMinutes(1));
    Map<String, Object> read = ours(new String(
        Base64Url.decode(token, token.indexOf('.') + 1, token.lastIndexOf('.')), StandardCharsets.UTF_8));
    assertEquals(nested, read.get("deep"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":\"\\ud800\"}", "{\"a\":\"\\udfff\"}", "{\"a\":\"\\udc00\\ud800\"}",
      "{\"a\":\"x\\ud83d\"}", "{\"a\":\"\\ud83d\\u0020\"}", "{\"\\udc00\":1}", "{\"a\":[\"\\ud800\"]}"})
  void unpairedSurrogateEscapesAreRejected(String json) {
    assertNull(ours(json), json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":-}",
      "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":1e400}", "{\"a\":-1e400}", "{\"a\":0x1}", "{\"a\":1.e2}"})
  void numbersOutsideTheGrammarOrTheDoubleRangeAreRejected(String json) {
    assertNull(ours(json), json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":\"\t\"}", "{\"a\":\"\u001f\"}", "{\"a\":\"\\a\"}", "{\"a\":\"\\u00\"}",
      "{\"a\":\"\\u00zz\"}", "{\"a\":\"\\'\"}", "{\"a\":\"open}",
      "{\"a\":\"\\u\uFF10\uFF10\uFF14\uFF11\"}"})
  void badStringsAreRejected(String json) {
    assertNull(ours(json), json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "null", "{}{}", "{} x", "\uFEFF{}", "\u00a0{}", "{}\u000b", "{\"a\":1,}",
      "{\"a\":[1,]}", "{a:1}", "{\"a\":1}/**/"})
  void anythingButOneObjectIsRejected(String json) {
    assertNull(ours(json), json);
  }

  @Test
  void malformedUtf8IsRejected() {
    byte[] good = "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Map.of("a", "é"), StrictJson.parseObject(good));
    byte[] truncated = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
    byte[] encodedSurrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC1, (byte) 0x81, '"', '}'};
    for (byte[] bad : List.of(truncated, encodedSurrogate, overlong)) {
      assertNull(StrictJson.parseObject(bad));
    }
  }

  @Test
  void rejectionNeverThrows() {
    Random random = new Random(1);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      random.nextBytes(bytes);
      if (bytes.length > 0) {
        bytes[0] = '{';
      }
      StrictJson.parseObject(bytes); // must return, never throw
    }
    if (StrictJson.parseObject("{\"a\":1}".getBytes(StandardCharsets.UTF_8)) == null) {
      fail("a valid object was rejected");
    }
  }
}
