package dev.gatehouse.runtime.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a session holds: JSON values as immutable Java objects ({@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, unmodifiable {@code List} and {@code Map<String, ?>}), so that
 * both stores hand back exactly what was stored.
 */
final class SessionValues {

  private static final int MAX_DEPTH = 16;

  private SessionValues() {}

  /**
   * An immutable copy of {@code value} made of session value types.
   *
   * @throws IllegalArgumentException naming the key when a value has another type
   */
  static Object copy(Object value, String path) {
    return copy(value, path, 0);
  }

  private static Object copy(Object value, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "session value \"" + path + "\" is nested deeper than " + MAX_DEPTH + " levels");
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Long) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("session value \"" + path + "\" is not a finite number");
      }
      return d == Math.rint(d) && Math.abs(d) < 0x1p53 ? (Object) (long) d : (Object) d;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException(
              "session value \"" + path + "\" has a key that is not a string");
        }
        copy.put(key, copy(e.getValue(), path + "." + key, depth + 1));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof Collection<?> collection) {
      List<Object> copy = new ArrayList<>(collection.size());
      int i = 0;
      for (Object element : collection) {
        copy.add(copy(element, path + "[" + i++ + "]", depth + 1));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        "session value \""
            + path
            + "\" is "
            + (value == null ? "null (use remove)" : "a " + value.getClass().getName())
            + "; a session holds String, Long, Double, Boolean, and Lists and Maps of these");
  }

  /** An immutable copy of a whole session's data, or null when some value is not allowed. */
  static Map<String, Object> copyAll(Map<String, ?> data) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : data.entrySet()) {
      copy.put(e.getKey(), copy(e.getValue(), e.getKey()));
    }
    return Collections.unmodifiableMap(copy);
  }
}
