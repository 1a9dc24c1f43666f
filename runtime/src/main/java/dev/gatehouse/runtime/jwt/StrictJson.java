package dev.gatehouse.runtime.jwt;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of a JSON object (RFC 8259) for JWT claims, producing the plain values Gatehouse
 * hands out, so that a verified payload is parsed once and not copied afterwards.
 *
 * <p>Values: objects become {@link LinkedHashMap}s in document order (unmodifiable below the top
 * level; the top-level map is the caller's), arrays unmodifiable {@link ArrayList}s, strings
 * {@code String}, {@code true}/{@code false} {@code Boolean}, {@code null} null. A number without
 * fraction or exponent that fits a {@code long} is a {@code Long}; any other number a {@code
 * Double} (so {@code 1.0}, {@code 1e2} and integers beyond the {@code long} range are doubles),
 * exactly as Nimbus's {@code JSONObjectUtils.parse} maps them.
 *
 * <p>Rejected (the parse returns null): bytes that are not UTF-8; anything but one object with
 * optional whitespace (space, tab, line feed, carriage return) around it; a byte order mark; a
 * duplicate key in any object; an array or object nested more than {@link JsonValues#MAX_DEPTH}
 * levels inside a top-level member (what {@link TokenIssuer} refuses to issue); a number outside
 * the JSON grammar ({@code 01}, {@code .5}, {@code +1}, {@code 1.}, {@code NaN}) or too large for
 * a double ({@code 1e400}); an unescaped control character, an unknown escape or a {@code \\u}
 * without four hex digits in a string; and a string holding an unpaired UTF-16 surrogate (I-JSON,
 * RFC 7493). Everything Nimbus rejects is rejected here too. Nimbus (Gson) accepts five things
 * this reader refuses, failing closed: a top-level array of key-value pairs ({@code
 * [["sub","x"]]}, which Gson reads as a map), a duplicate key in a nested object (Gson keeps the
 * last), an unpaired surrogate escape, a byte order mark, and nesting beyond the bound. Never
 * throws.
 */
final class StrictJson {

  /** Thrown and caught inside the reader only; shared and without a stack trace: costs nothing. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super("malformed JSON", null, false, false);
    }
  }

  private static final Malformed MALFORMED = new Malformed();

  private final String json;
  private int pos;

  private StrictJson(String json) {
    this.json = json;
  }

  /**
   * The UTF-8 JSON object in {@code utf8} as a mutable, insertion-ordered map of the values
   * described above, or null when the bytes are anything else.
   */
  static Map<String, Object> parseObject(byte[] utf8) {
    String json;
    try {
      json = Base64Url.utf8(utf8);
    } catch (CharacterCodingException e) {
      return null;
    }
    return parseObject(json);
  }

  private static Map<String, Object> parseObject(String json) {
    StrictJson reader = new StrictJson(json);
    try {
      reader.skipWhitespace();
      if (reader.peek() != '{') {
        return null;
      }
      Map<String, Object> object = reader.object(-1);
      reader.skipWhitespace();
      return reader.pos == json.length() ? object : null;
    } catch (Malformed e) {
      return null;
    }
  }

  /**
   * An object; {@code depth} is the nesting level of the object itself ({@code -1} for the claims
   * object, {@code 0} for a claim's value).
   */
  private Map<String, Object> object(int depth) {
    pos++; // '{'
    Map<String, Object> object = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return object;
    }
    while (true) {
      if (peek() != '"') {
        throw MALFORMED;
      }
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      int size = object.size();
      object.put(key, value(depth + 1));
      if (object.size() == size) {
        throw MALFORMED; // a duplicate key
      }
      skipWhitespace();
      char c = next();
      if (c == '}') {
        return object;
      }
      if (c != ',') {
        throw MALFORMED;
      }
      skipWhitespace();
    }
  }

  private List<Object> array(int depth) {
    pos++; // '['
    List<Object> array = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return Collections.unmodifiableList(array);
    }
    while (true) {
      array.add(value(depth + 1));
      skipWhitespace();
      char c = next();
      if (c == ']') {
        return Collections.unmodifiableList(array);
      }
      if (c != ',') {
        throw MALFORMED;
      }
      skipWhitespace();
    }
  }

  private Object value(int depth) {
    char c = peek();
    switch (c) {
      case '{':
      case '[':
        if (depth > JsonValues.MAX_DEPTH) {
          throw MALFORMED;
        }
        return c == '{' ? Collections.unmodifiableMap(object(depth)) : array(depth);
      case '"':
        return string();
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw MALFORMED;
    }
  }

  private void literal(String word) {
    if (!json.startsWith(word, pos)) {
      throw MALFORMED;
    }
    pos += word.length();
  }

  /** {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}: a Long when integral and in range. */
  private Number number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else {
      digits();
    }
    boolean integral = true;
    if (peek() == '.') {
      pos++;
      digits();
      integral = false;
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits();
      integral = false;
    }
    String text = json.substring(start, pos);
    if (integral) {
      try {
        return Long.valueOf(Long.parseLong(text));
      } catch (NumberFormatException e) {
        // beyond the long range: a double, as Nimbus does
      }
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw MALFORMED;
    }
    return Double.valueOf(value);
  }

  /** One or more decimal digits. */
  private void digits() {
    int start = pos;
    while (pos < json.length() && json.charAt(pos) >= '0' && json.charAt(pos) <= '9') {
      pos++;
    }
    if (pos == start) {
      throw MALFORMED;
    }
  }

  /** A string; {@code pos} is at its opening quote. */
  private String string() {
    int start = ++pos;
    while (true) {
      char c = next();
      if (c == '"') {
        return json.substring(start, pos - 1); // UTF-8 decodes to surrogates in pairs only
      }
      if (c == '\\') {
        pos--;
        return escapedString(start);
      }
      if (c < 0x20) {
        throw MALFORMED;
      }
    }
  }

  /** The rest of a string from {@code start}, with escapes; {@code pos} is at the first escape. */
  private String escapedString(int start) {
    StringBuilder value = new StringBuilder(pos - start + 16).append(json, start, pos);
    while (true) {
      char c = next();
      if (c == '"') {
        checkSurrogates(value);
        return value.toString();
      }
      if (c < 0x20) {
        throw MALFORMED;
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escape = next();
      switch (escape) {
        case '"', '\\', '/' -> value.append(escape);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> value.append(hex4());
        default -> throw MALFORMED;
      }
    }
  }

  private char hex4() {
    if (pos + 4 > json.length()) {
      throw MALFORMED;
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      char c = json.charAt(pos++);
      // ASCII only: Character.digit would also take fullwidth and other Unicode digits.
      int digit = c < 0x80 ? Character.digit(c, 16) : -1;
      if (digit < 0) {
        throw MALFORMED;
      }
      value = value << 4 | digit;
    }
    return (char) value;
  }

  /** Rejects an unpaired surrogate (which only {@code \\u} escapes can produce from UTF-8). */
  private static void checkSurrogates(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw MALFORMED;
      }
    }
  }

  private void skipWhitespace() {
    while (pos < json.length()) {
      char c = json.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  /** The current character, or {@code \0} (never valid where it is looked at) at the end. */
  private char peek() {
    return pos < json.length() ? json.charAt(pos) : '\0';
  }

  private char next() {
    if (pos >= json.length()) {
      throw MALFORMED;
    }
    return json.charAt(pos++);
  }

  private void expect(char c) {
    if (next() != c) {
      throw MALFORMED;
    }
  }
}
