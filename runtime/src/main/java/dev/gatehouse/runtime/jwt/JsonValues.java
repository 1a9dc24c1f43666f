package dev.gatehouse.runtime.jwt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between JSON values as Nimbus parses them and the plain Java values Gatehouse hands out. */
final class JsonValues {

  /** Deepest nesting of maps and lists accepted in an issued payload. */
  static final int MAX_DEPTH = 32;

  private JsonValues() {}

  /**
   * Milliseconds since the epoch of a NumericDate (RFC 7519: seconds, possibly fractional), or
   * null when the value is not a finite JSON number. Saturates instead of overflowing.
   */
  static Long numericDateMillis(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      long seconds = ((Number) value).longValue();
      if (seconds > Long.MAX_VALUE / 1000) {
        return Long.MAX_VALUE;
      }
      if (seconds < Long.MIN_VALUE / 1000) {
        return Long.MIN_VALUE;
      }
      return seconds * 1000;
    }
    if (value instanceof Double d && Double.isFinite(d)) {
      return (long) Math.floor(d * 1000); // the cast saturates
    }
    return null;
  }

  /**
   * A copy of a caller's claim value made of JSON types only (null, String, Boolean, finite
   * Number, Collection, Map with String keys), for serialising.
   *
   * @throws IllegalArgumentException naming the claim when a value has another type
   */
  static Object jsonCopy(Object value, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "claim \"" + path + "\" is nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("claim \"" + path + "\" is not a finite number");
      }
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("claim \"" + path + "\" has a key that is not a string");
        }
        copy.put(key, jsonCopy(e.getValue(), path + "." + key, depth + 1));
      }
      return copy;
    }
    if (value instanceof Collection<?> collection) {
      List<Object> copy = new ArrayList<>(collection.size());
      int i = 0;
      for (Object element : collection) {
        copy.add(jsonCopy(element, path + "[" + i++ + "]", depth + 1));
      }
      return copy;
    }
    throw new IllegalArgumentException(
        "claim \"" + path + "\" has type " + value.getClass().getName()
            + "; use String, Number, Boolean, null, a Collection or a Map of these");
  }
}
