package dev.gatehouse.benchmarks;

import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.jwt.TokenIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The shared secret, configuration and tokens of every benchmark. */
final class Fixture {

  /** A fixed 32-byte HS256 secret (benchmarks only). */
  static final byte[] SECRET =
      "gatehouse-benchmark-secret-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  static final GatehouseConfig CONFIG = GatehouseConfig.builder().secretKey(SECRET).build();

  private static final TokenIssuer ISSUER = new TokenIssuer(CONFIG);

  private Fixture() {}

  /**
   * A token with typical claims: {@code sub}, {@code name}, two permissions, {@code iat}, {@code
   * exp} (an hour) and a unique {@code jti}. It holds {@code articles:read}, not {@code admin}.
   */
  static String token() {
    return ISSUER.issue(
        Map.of(
            "sub", "alice",
            "name", "Alice Liddell",
            "permissions", List.of("articles:read", "articles:write")),
        Duration.ofHours(1));
  }

  /** {@code count} distinct tokens (each has its own {@code jti}). */
  static String[] tokens(int count) {
    String[] tokens = new String[count];
    for (int i = 0; i < count; i++) {
      tokens[i] = token();
    }
    return tokens;
  }
}
