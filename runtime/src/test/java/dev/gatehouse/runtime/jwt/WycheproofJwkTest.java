package dev.gatehouse.runtime.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs Wycheproof's {@code json_web_key_test.json} where it fits Gatehouse, whose configuration
 * takes one HMAC secret and one public key rather than a key set: every group whose key set holds
 * exactly one key becomes a {@link GatehouseConfig} as in {@link Wycheproof#setup}. A key
 * Gatehouse refuses at build time (HMAC secrets shorter than the hash, RSA under 2048 bits,
 * exponent 1, {@code use: enc}, points off the curve) counts as rejecting the case, which is the
 * point: such keys never reach request time.
 *
 * <p>Cases that do not fit are reported as skipped with the reason ({@link #NOT_APPLICABLE}), and
 * cases where Gatehouse knowingly differs are checked against Gatehouse's documented behaviour
 * ({@link #DIVERGENCES}).
 */
class WycheproofJwkTest {

  private static final String FILE = "json_web_key_test.json";

  /** Cases that cannot be expressed in a Gatehouse configuration. */
  static final Map<Integer, String> NOT_APPLICABLE = Map.of(
      1, "a key set of two keys (HMAC and EC); Gatehouse takes one secret and one public key",
      2, "a key set of two HMAC keys selected by kid; Gatehouse takes one secret",
      3, "a key set of two HMAC keys selected by kid; Gatehouse takes one secret",
      4, "a key set with a duplicate kid; Gatehouse takes one secret and ignores kid",
      7, "ROCA-vulnerable RSA modulus: Gatehouse does not fingerprint keys for ROCA",
      25, "an oct JWK labelled A256GCM: Gatehouse's HMAC secret is bytes, not a JWK",
      26, "an oct JWK labelled A256KW: Gatehouse's HMAC secret is bytes, not a JWK");

  /**
   * Cases Gatehouse accepts although upstream expects a rejection. Gatehouse ignores a JWK
   * {@code alg} label it does not know and goes by the allow-list and the key's curve; the same
   * rule lets Wycheproof's RFC 7520 keys labelled "ES521" (a P-521 key) verify their valid ES512
   * signatures in json_web_signature_test.json.
   */
  static final Map<Integer, String> DIVERGENCES = Map.of(
      19, "P-256 key labelled \"ES521\" (not an algorithm): the label is ignored, ES256 verifies",
      20, "P-256 key labelled \"ES224\" (not a JOSE algorithm): the label is ignored, ES256 verifies");

  @TestFactory
  Stream<DynamicTest> jsonWebKeyVectors() {
    Map<String, Object> root = Wycheproof.load(FILE);
    List<DynamicTest> tests = new ArrayList<>();
    int count = 0;
    for (Map<String, Object> group : Wycheproof.list(root.get("testGroups"))) {
      Map<String, Object> keySet = Wycheproof.map(
          group.get("public") != null ? group.get("public") : group.get("private"));
      List<Map<String, Object>> keys = Wycheproof.list(keySet.get("keys"));
      for (Map<String, Object> test : Wycheproof.list(group.get("tests"))) {
        count++;
        int id = ((Number) test.get("tcId")).intValue();
        String result = (String) test.get("result");
        String jws = (String) test.get("jws");
        String name = "tcId " + id + " " + group.get("comment") + " " + test.get("comment") + ": " + result;
        tests.add(DynamicTest.dynamicTest(name, () -> {
          if (NOT_APPLICABLE.containsKey(id)) {
            if (id <= 4) {
              assertEquals(2, keys.size(), "the reason given is a two-key set");
            }
            Assumptions.abort(NOT_APPLICABLE.get(id));
          }
          assertEquals(1, keys.size());
          Wycheproof.Setup setup = Wycheproof.setup(keys.get(0));
          boolean accepted = setup.config() != null && new JwsVerifier(setup.config()).verifySignature(jws);
          if (DIVERGENCES.containsKey(id)) {
            assertNull(setup.refusal());
            assertTrue(accepted, DIVERGENCES.get(id));
          } else if (result.equals("valid")) {
            assertTrue(accepted, "valid case rejected: " + setup.refusal());
          } else {
            assertEquals("invalid", result);
            assertFalse(accepted, "invalid case accepted");
          }
        }));
      }
    }
    assertEquals(((Number) root.get("numberOfTests")).intValue(), count);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> shortAndEmptyHmacKeysAreRefusedAtBuildTime() {
    Map<String, Object> root = Wycheproof.load(FILE);
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, Object> group : Wycheproof.list(root.get("testGroups"))) {
      Map<String, Object> key = Wycheproof.list(Wycheproof.map(group.get("private")).get("keys")).get(0);
      if (!"oct".equals(key.get("kty")) || !String.valueOf(key.get("alg")).startsWith("HS")) {
        continue;
      }
      for (Map<String, Object> test : Wycheproof.list(group.get("tests"))) {
        String comment = (String) test.get("comment");
        if (!comment.equals("key_too_short") && !comment.equals("empty_key")) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest("tcId " + test.get("tcId") + " " + key.get("alg") + " " + comment, () -> {
          String refusal = Wycheproof.setup(key).refusal();
          assertNotNull(refusal, "GatehouseConfig must refuse the key");
          if (comment.equals("key_too_short")) {
            int needed = Integer.parseInt(((String) key.get("alg")).substring(2)) / 8;
            assertTrue(refusal.contains("at least " + needed + " bytes"), refusal);
            assertFalse(refusal.contains((String) key.get("k")), "the message must not print the key");
          }
        }));
      }
    }
    assertEquals(6, tests.size());
    return tests.stream();
  }
}
