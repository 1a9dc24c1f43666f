package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Tokens.NOW;
import static dev.gatehouse.runtime.jwt.Tokens.SECRET;
import static dev.gatehouse.runtime.jwt.Tokens.claims;
import static dev.gatehouse.runtime.jwt.Tokens.hs256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.GatehouseConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The verified-token cache of {@link JwtAuthBackend}: used, exact, re-checked, bounded, safe. */
class VerifiedTokenCacheTest {

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    final AtomicLong millis = new AtomicLong(NOW * 1000);

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.get());
    }

    void set(long epochSeconds) {
      millis.set(epochSeconds * 1000);
    }
  }

  private final MovingClock clock = new MovingClock();
  private final JwtAuthBackend backend =
      new JwtAuthBackend(GatehouseConfig.builder().secretKey(SECRET).clock(clock).build());

  @Test
  void aRepeatedTokenIsAnsweredFromTheCache() {
    String token = hs256(claims(""));
    AuthResult first = backend.verify(token);
    assertTrue(first.success());
    assertSame(first, backend.verify(new String(token.toCharArray())), "a hit returns the stored result");
  }

  @Test
  void expiryIsCheckedOnEveryHit() {
    String token = hs256(claims("")); // exp = NOW + 600, leeway 30 s
    assertTrue(backend.verify(token).success());
    clock.set(NOW + 629);
    assertTrue(backend.verify(token).success());
    clock.set(NOW + 630);
    assertTrue(backend.verify(token).isInvalid(), "expired tokens are refused though cached");
    clock.set(NOW);
    assertTrue(backend.verify(token).success());
  }

  @Test
  void notBeforeIsCheckedOnEveryHitAndFailuresAreNotStored() {
    String token = hs256(claims(",\"nbf\":" + (NOW + 100)));
    assertTrue(backend.verify(token).isInvalid());
    clock.set(NOW + 70);
    assertTrue(backend.verify(token).success(), "a refusal was not remembered");
    clock.set(NOW + 69);
    assertTrue(backend.verify(token).isInvalid(), "nbf is checked on a hit too");
  }

  @Test
  void onlyTheExactTokenHits() {
    String token = hs256(claims(",\"name\":\"Alice\""));
    assertTrue(backend.verify(token).success());
    int dot = token.indexOf('.');
    // Same signature (same slot), one payload character changed.
    char c = token.charAt(dot + 5);
    String tampered =
        token.substring(0, dot + 5) + (c == 'A' ? 'B' : 'A') + token.substring(dot + 6);
    assertTrue(backend.verify(tampered).isInvalid());
    assertTrue(backend.verify(token + "A").isInvalid());
    assertTrue(backend.verify(token.substring(0, token.length() - 1)).isInvalid());
  }

  @Test
  void badTokensStayBad() {
    String bad = hs256(claims("")) + "x";
    for (int i = 0; i < 3; i++) {
      assertTrue(backend.verify(bad).isInvalid());
    }
  }

  @Test
  void theCacheIsBoundedAndKeepsNoLongTokens() {
    VerifiedTokenCache cache = new VerifiedTokenCache();
    AuthResult result = AuthResult.success("a", "jwt", Map.of());
    String longToken = "x".repeat(VerifiedTokenCache.MAX_CACHED_LENGTH + 1);
    cache.put(new VerifiedTokenCache.Entry(longToken, result, Long.MAX_VALUE, 0, 0));
    assertNull(cache.get(longToken));

    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 4 * VerifiedTokenCache.SLOTS; i++) {
      String token = "token-" + i + "-" + Integer.toHexString(i * 0x9E3779B9);
      tokens.add(token);
      cache.put(new VerifiedTokenCache.Entry(token, result, Long.MAX_VALUE, 0, 0));
    }
    long kept = tokens.stream().filter(t -> cache.get(t) != null).count();
    assertTrue(kept <= VerifiedTokenCache.SLOTS, kept + " entries kept");
    assertTrue(kept > 0);
  }

  @Test
  void sameTokenComparesEveryCharacter() {
    assertTrue(VerifiedTokenCache.sameToken("abc.def.ghi", "abc.def.ghi"));
    assertFalse(VerifiedTokenCache.sameToken("abc.def.ghi", "abc.def.ghj"));
    assertFalse(VerifiedTokenCache.sameToken("Xbc.def.ghi", "abc.def.ghi"));
    assertFalse(VerifiedTokenCache.sameToken("abc.def.ghi", "abc.def.gh"));
    String tail = "t".repeat(40);
    assertTrue(VerifiedTokenCache.sameToken("head." + tail, "head." + tail));
    assertFalse(VerifiedTokenCache.sameToken("heaX." + tail, "head." + tail), "beyond the tail");
    assertFalse(VerifiedTokenCache.sameToken("head." + tail + "x", "head." + tail + "y"));
  }

  @Test
  void concurrentRequestsEachGetTheirOwnIdentity() throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 3 * VerifiedTokenCache.SLOTS; i++) {
      tokens.add(hs256("{\"sub\":\"user" + i + "\",\"exp\":" + (NOW + 600) + "}"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          int checked = 0;
          for (int round = 0; round < 3; round++) {
            for (int i = offset; i < tokens.size(); i += 2) {
              AuthResult result = backend.verify(tokens.get(i));
              assertEquals("user" + i, result.identity());
              checked++;
            }
          }
          return checked;
        }));
      }
      for (Future<Integer> result : results) {
        assertTrue(result.get() > 0);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void distinctTokensOfOneUserAreDistinctResults() {
    String a = hs256(claims(",\"jti\":\"1\""));
    String b = hs256(claims(",\"jti\":\"2\""));
    assertNotSame(backend.verify(a), backend.verify(b));
    assertEquals("1", backend.verify(a).claims().get("jti"));
    assertEquals("2", backend.verify(b).claims().get("jti"));
  }
}
