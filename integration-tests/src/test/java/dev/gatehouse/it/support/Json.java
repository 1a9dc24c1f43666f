package dev.gatehouse.it.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Just enough JSON to read a flat problem object: strings, integers, booleans and null. */
final class Json {

  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  static Map<String, Object> parseObject(String text) {
    Json json = new Json(text);
    Map<String, Object> object = json.object();
    json.space();
    if (json.at != text.length()) {
      throw json.error("trailing text");
    }
    return object;
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    expect('{');
    space();
    if (peek() == '}') {
      at++;
      return members;
    }
    while (true) {
      space();
      String name = string();
      space();
      expect(':');
      space();
      if (members.put(name, value()) != null) {
        throw error("duplicate member " + name);
      }
      space();
      char c = next();
      if (c == '}') {
        return members;
      }
      if (c != ',') {
        throw error("expected , or }");
      }
    }
  }

  private Object value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      int start = at;
      while (at < text.length() && (text.charAt(at) == '-' || Character.isDigit(text.charAt(at)))) {
        at++;
      }
      return Long.parseLong(text.substring(start, at));
    }
    for (String literal : new String[] {"true", "false", "null"}) {
      if (text.startsWith(literal, at)) {
        at += literal.length();
        return literal.equals("null") ? null : Boolean.valueOf(literal);
      }
    }
    throw error("unsupported value");
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char e = next();
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(e);
        }
      } else {
        out.append(c);
      }
    }
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected " + c);
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at " + at + " in: " + text);
  }
}
