package dev.gatehouse.sample;

import java.util.Map;
import java.util.StringJoiner;

/** Just enough JSON writing for the sample's responses, so it needs no JSON provider. */
final class Json {

  private Json() {}

  static String object(Map<String, ?> fields) {
    StringJoiner json = new StringJoiner(",", "{", "}");
    fields.forEach((name, value) -> json.add(string(name) + ":" + value(value)));
    return json.toString();
  }

  private static String value(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Iterable<?> items) {
      StringJoiner array = new StringJoiner(",", "[", "]");
      items.forEach(item -> array.add(value(item)));
      return array.toString();
    }
    return string(value.toString());
  }

  private static String string(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
