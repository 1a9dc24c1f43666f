package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Tokens.CLOCK;
import static dev.gatehouse.runtime.jwt.Tokens.NOW;
import static dev.gatehouse.runtime.jwt.Tokens.SECRET;
import static dev.gatehouse.runtime.jwt.Tokens.b64;
import static dev.gatehouse.runtime.jwt.Tokens.claims;
import static dev.gatehouse.runtime.jwt.Tokens.hs256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.GatehouseConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtAuthBackendTest {

  private static GatehouseConfig.Builder config() {
    return GatehouseConfig.builder().secretKey(SECRET).clock(CLOCK);
  }

  private static final JwtAuthBackend BACKEND = new JwtAuthBackend(config().build());

  private static AuthResult auth(String token) {
    return BACKEND.authenticate(Requests.bearer(token));
  }

  private static void assertInvalid(AuthResult result) {
    assertSame(AuthResult.Outcome.INVALID, result.outcome(), result.toString());
  }

  private static void assertSuccess(AuthResult result) {
    assertSame(AuthResult.Outcome.SUCCESS, result.outcome(), result.toString());
  }

  @Test
  void scopeIsJwt() {
    assertEquals("jwt", JwtAuthBackend.SCOPE);
    assertEquals("jwt", BACKEND.scope());
  }

  @Test
  void validTokenGivesIdentityScopeAndPlainClaims() {
    String token = hs256(claims(
        ",\"name\":\"Alice\",\"permissions\":[\"read\",\"write\"],\"org\":{\"id\":7},\"gone\":null,"
            + "\"nbf\":" + (NOW - 5) + ",\"ratio\":0.5,\"admin\":false"));
    AuthResult result = auth(token);
    assertSuccess(result);
    assertEquals("alice", result.identity());
    assertEquals("jwt", result.scope());
    Map<String, Object> c = result.claims();
    assertEquals("alice", c.get("sub"));
    assertEquals("Alice", c.get("name"));
    assertEquals(List.of("read", "write"), c.get("permissions"));
    assertEquals(Map.of("id", 7L), c.get("org"));
    assertEquals(NOW + 600, c.get("exp"));
    assertEquals(NOW - 10, c.get("iat"));
    assertEquals(NOW - 5, c.get("nbf"));
    assertEquals(Long.class, c.get("exp").getClass());
    assertEquals(0.5, c.get("ratio"));
    assertEquals(false, c.get("admin"));
    assertFalse(c.containsKey("gone"), "JSON null claims are left out");
    assertThrows(UnsupportedOperationException.class, () -> c.put("x", 1));
    @SuppressWarnings("unchecked")
    List<Object> permissions = (List<Object>) c.get("permissions");
    assertThrows(UnsupportedOperationException.class, () -> permissions.add("admin"));
    @SuppressWarnings("unchecked")
    Map<String, Object> org = (Map<String, Object>) c.get("org");
    assertThrows(UnsupportedOperationException.class, () -> org.put("id", 8L));
  }

  @Test
  void fractionalTimeClaimsBecomeWholeSeconds() {
    AuthResult result = auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW + 10) + ".75}"));
    assertSuccess(result);
    assertEquals(NOW + 10, result.claims().get("exp"));
  }

  @Nested
  class Expiry {

    @Test
    void expiredBeyondLeewayIsInvalid() {
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW - 31) + "}")));
    }

    @Test
    void expiredExactlyAtLeewayIsInvalid() {
      // valid only while now < exp + leeway
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW - 30) + "}")));
    }

    @Test
    void expiredWithinLeewayIsAccepted() {
      assertSuccess(auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW - 29) + "}")));
    }

    @Test
    void zeroLeewayRejectsAtExp() {
      JwtAuthBackend strict = new JwtAuthBackend(config().clockLeeway(java.time.Duration.ZERO).build());
      assertInvalid(strict.verify(hs256("{\"sub\":\"alice\",\"exp\":" + NOW + "}")));
      assertSuccess(strict.verify(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW + 1) + "}")));
    }

    @Test
    void missingExpIsInvalid() {
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"iat\":" + NOW + "}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1893456600\"", "null", "true", "[1893456600]", "{}"})
    void nonNumericExpIsInvalid(String exp) {
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"exp\":" + exp + "}")));
    }

    @Test
    void farFutureExpDoesNotOverflow() {
      assertSuccess(auth(hs256("{\"sub\":\"alice\",\"exp\":9223372036854775807}")));
      assertSuccess(auth(hs256("{\"sub\":\"alice\",\"exp\":1e300}")));
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"exp\":-9223372036854775808}")));
    }
  }

  @Nested
  class IssuedAtAndNotBefore {

    @Test
    void iatInTheFutureIsInvalid() {
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW + 600) + ",\"iat\":" + (NOW + 31) + "}")));
    }

    @Test
    void iatWithinLeewayIsAccepted() {
      assertSuccess(auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW + 600) + ",\"iat\":" + (NOW + 30) + "}")));
    }

    @Test
    void nonNumericIatIsInvalid() {
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW + 600) + ",\"iat\":\"now\"}")));
    }

    @Test
    void nbfInTheFutureIsInvalid() {
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW + 600) + ",\"nbf\":" + (NOW + 31) + "}")));
    }

    @Test
    void nbfWithinLeewayIsAccepted() {
      assertSuccess(auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW + 600) + ",\"nbf\":" + (NOW + 30) + "}")));
    }

    @Test
    void nullNbfIsInvalid() {
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"exp\":" + (NOW + 600) + ",\"nbf\":null}")));
    }
  }

  @Nested
  class IssuerAndAudience {

    private final JwtAuthBackend backend = new JwtAuthBackend(
        config().issuer("https://auth.example").audience("orders").build());

    private AuthResult verify(String extra) {
      return backend.verify(hs256(claims(extra)));
    }

    @Test
    void matchingIssuerAndAudienceAreAccepted() {
      assertSuccess(verify(",\"iss\":\"https://auth.example\",\"aud\":\"orders\""));
      assertSuccess(verify(",\"iss\":\"https://auth.example\",\"aud\":[\"billing\",\"orders\"]"));
    }

    @Test
    void wrongIssuerIsInvalid() {
      assertInvalid(verify(",\"iss\":\"https://evil.example\",\"aud\":\"orders\""));
      assertInvalid(verify(",\"iss\":\"https://auth.example/\",\"aud\":\"orders\""));
    }

    @Test
    void missingIssuerIsInvalid() {
      assertInvalid(verify(",\"aud\":\"orders\""));
    }

    @Test
    void wrongAudienceIsInvalid() {
      assertInvalid(verify(",\"iss\":\"https://auth.example\",\"aud\":\"billing\""));
      assertInvalid(verify(",\"iss\":\"https://auth.example\",\"aud\":[\"billing\"]"));
      assertInvalid(verify(",\"iss\":\"https://auth.example\",\"aud\":[]"));
    }

    @Test
    void audienceArrayWithNonStringsIsInvalid() {
      assertInvalid(verify(",\"iss\":\"https://auth.example\",\"aud\":[\"orders\",7]"));
    }

    @Test
    void missingAudienceIsInvalid() {
      assertInvalid(verify(",\"iss\":\"https://auth.example\""));
    }

    @Test
    void unconfiguredIssuerAndAudienceAreNotChecked() {
      assertSuccess(BACKEND.verify(hs256(claims(",\"iss\":\"anyone\",\"aud\":\"anything\""))));
    }
  }

  @Nested
  class AlgorithmAndKey {

    @Test
    void algNoneIsInvalid() {
      String payload = b64(claims(""));
      assertInvalid(auth("eyJhbGciOiJub25lIn0." + payload + "."));
      // even with a signature segment, and in any spelling
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET, "{\"alg\":\"none\"}", claims(""))));
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET, "{\"alg\":\"NONE\"}", claims(""))));
    }

    @Test
    void algorithmOutsideTheAllowListIsInvalid() {
      GatehouseConfig hs512Only = GatehouseConfig.builder()
          .secretKey(Tokens.SECRET_64).algorithms("HS512").clock(CLOCK).build();
      JwtAuthBackend backend = new JwtAuthBackend(hs512Only);
      String hs256 = Tokens.hmac("HmacSHA256", Tokens.SECRET_64, Tokens.HS256_HEADER, claims(""));
      String hs512 = Tokens.hmac("HmacSHA512", Tokens.SECRET_64, "{\"alg\":\"HS512\"}", claims(""));
      assertInvalid(backend.verify(hs256));
      assertSuccess(backend.verify(hs512));
    }

    @Test
    void wrongSecretIsInvalid() {
      byte[] other = Tokens.bytes(32, 99);
      assertInvalid(auth(Tokens.hmac("HmacSHA256", other, Tokens.HS256_HEADER, claims(""))));
    }

    @Test
    void algMustBeAString() {
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET, "{\"alg\":[\"HS256\"]}", claims(""))));
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET, "{\"typ\":\"JWT\"}", claims(""))));
    }

    @Test
    void duplicateAlgInHeaderIsInvalid() {
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET, "{\"alg\":\"HS256\",\"alg\":\"HS256\"}", claims(""))));
    }

    @Test
    void critB64AndCtyHeadersAreInvalid() {
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET,
          "{\"alg\":\"HS256\",\"crit\":[\"exp\"],\"exp\":1}", claims(""))));
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET,
          "{\"alg\":\"HS256\",\"crit\":[]}", claims(""))));
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET,
          "{\"alg\":\"HS256\",\"b64\":true}", claims(""))));
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET,
          "{\"alg\":\"HS256\",\"cty\":\"JWT\"}", claims(""))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT", "jwt", "at+jwt", "AT+JWT", "application/jwt", "application/at+jwt"})
    void acceptedTypes(String typ) {
      assertSuccess(auth(Tokens.hmac("HmacSHA256", SECRET,
          "{\"alg\":\"HS256\",\"typ\":\"" + typ + "\"}", claims(""))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"JOSE\"", "\"dpop+jwt\"", "\"\"", "\"application/json\"", "null", "1"})
    void rejectedTypes(String typ) {
      assertInvalid(auth(Tokens.hmac("HmacSHA256", SECRET,
          "{\"alg\":\"HS256\",\"typ\":" + typ + "}", claims(""))));
    }

    @Test
    void unknownKeyHeadersAreIgnoredNotTrusted() {
      // a jwk header naming another key does not change which key verifies
      String header = "{\"alg\":\"HS256\",\"kid\":\"x\",\"jku\":\"https://evil.example/keys\"}";
      assertSuccess(auth(Tokens.hmac("HmacSHA256", SECRET, header, claims(""))));
      assertInvalid(auth(Tokens.hmac("HmacSHA256", Tokens.bytes(32, 5), header, claims(""))));
    }
  }

  @Nested
  class StrictForm {

    private final String valid = hs256(claims(""));

    @Test
    void theBaseTokenIsValid() {
      assertSuccess(auth(valid));
    }

    @Test
    void oversizeTokenIsInvalidBeforeAnythingElse() {
      String padding = "x".repeat(9000);
      String big = hs256(claims(",\"pad\":\"" + padding + "\""));
      assertTrue(big.length() > GatehouseConfig.DEFAULT_MAX_TOKEN_LENGTH);
      assertInvalid(auth(big));
      JwtAuthBackend roomy = new JwtAuthBackend(config().maxTokenLength(65536).build());
      assertSuccess(roomy.verify(big));
      JwtAuthBackend tight = new JwtAuthBackend(config().maxTokenLength(256).build());
      assertTrue(valid.length() < 256);
      assertSuccess(tight.verify(valid));
      assertInvalid(tight.verify(hs256(claims(",\"pad\":\"" + "y".repeat(200) + "\""))));
    }

    @Test
    void paddingIsInvalid() {
      String[] parts = valid.split("\\.");
      assertInvalid(auth(valid + "="));
      assertInvalid(auth(parts[0] + "=." + parts[1] + "." + parts[2]));
      // a padded header, correctly signed over its padded form, is still refused
      String padded = b64("{\"alg\":\"HS256\" }") + "==";
      assertEquals(24, padded.length());
      assertInvalid(auth(Tokens.signRaw("HmacSHA256", SECRET, padded + "." + parts[1])));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "\n", "\r\n"})
    void whitespaceIsInvalid(String ws) {
      int dot = valid.indexOf('.');
      assertInvalid(auth(valid.substring(0, dot + 3) + ws + valid.substring(dot + 3)));
      assertInvalid(auth(valid + ws));
      assertInvalid(auth(valid.replace(".", ws + ".")));
    }

    @Test
    void standardBase64AlphabetIsInvalid() {
      // find a correctly signed token whose signature holds '-' or '_'; Nimbus's lenient decoder
      // would read '+' and '/' in their place as the same bytes, so only the strict check refuses
      String token = null;
      for (int i = 0; token == null; i++) {
        String t = hs256(claims(",\"n\":" + i));
        String sig = t.substring(t.lastIndexOf('.') + 1);
        if (sig.indexOf('-') >= 0 || sig.indexOf('_') >= 0) {
          token = t;
        }
      }
      assertSuccess(auth(token));
      int dot = token.lastIndexOf('.');
      String standard = token.substring(0, dot + 1)
          + token.substring(dot + 1).replace('-', '+').replace('_', '/');
      assertNotEquals(token, standard);
      assertInvalid(auth(standard));
    }

    @Test
    void nonCanonicalLastCharacterIsInvalid() {
      // an HS256 signature is 32 bytes = 43 characters: the last one carries 2 unused bits
      int dot = valid.lastIndexOf('.');
      String sig = valid.substring(dot + 1);
      assertEquals(43, sig.length());
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      int last = alphabet.indexOf(sig.charAt(42));
      assertEquals(0, last & 3, "canonical encoders leave the unused bits zero");
      for (int bits = 1; bits <= 3; bits++) {
        String tampered = valid.substring(0, dot + 1) + sig.substring(0, 42) + alphabet.charAt(last | bits);
        assertInvalid(auth(tampered));
      }
    }

    @Test
    void segmentLengthOneModFourIsInvalid() {
      String[] parts = valid.split("\\.");
      assertInvalid(auth(parts[0] + "." + parts[1] + "A." + parts[2]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a.b", "a.b.c.d", "...", "x..y"})
    void malformedShapesAreInvalid(String token) {
      assertInvalid(BACKEND.verify(token));
    }

    @Test
    void extraSegmentsAreInvalid() {
      assertInvalid(auth(valid + "."));
      assertInvalid(auth(valid + ".e30"));
      assertInvalid(auth("." + valid));
    }

    @Test
    void emptySignatureIsInvalid() {
      assertInvalid(auth(valid.substring(0, valid.lastIndexOf('.') + 1)));
    }

    @Test
    void jsonSerializationIsInvalid() {
      String[] parts = valid.split("\\.");
      String json = "{\"payload\":\"" + parts[1] + "\",\"protected\":\"" + parts[0]
          + "\",\"signature\":\"" + parts[2] + "\"}";
      assertInvalid(auth(json));
    }

    @Test
    void everySingleCharacterChangeIsInvalid() {
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";
      int accepted = 0;
      for (int i = 0; i < valid.length(); i++) {
        for (char c : alphabet.toCharArray()) {
          if (c == valid.charAt(i)) {
            continue;
          }
          String mutated = valid.substring(0, i) + c + valid.substring(i + 1);
          if (BACKEND.verify(mutated).success()) {
            accepted++;
          }
        }
      }
      assertEquals(0, accepted);
    }

    @Test
    void nullTokenIsInvalid() {
      assertInvalid(BACKEND.verify(null));
    }
  }

  @Nested
  class Payload {

    @ParameterizedTest
    @ValueSource(strings = {"foo", "null", "[]", "[{\"sub\":\"alice\"}]", "\"alice\"", "1", "", "{", "{}x"})
    void payloadThatIsNotAJsonObjectIsInvalid(String payload) {
      assertInvalid(auth(hs256(payload)));
    }

    @Test
    void payloadThatIsNotUtf8IsInvalid() {
      String good = b64(claims(""));
      byte[] bad = claims(",\"name\":\"XX\"").getBytes(StandardCharsets.UTF_8);
      int x = new String(bad, StandardCharsets.UTF_8).indexOf("XX");
      bad[x] = (byte) 0xC3; // a lead byte followed by 'X': malformed
      assertSuccess(auth(Tokens.signRaw("HmacSHA256", SECRET, b64(Tokens.HS256_HEADER) + "." + good)));
      assertInvalid(auth(Tokens.signRaw("HmacSHA256", SECRET, b64(Tokens.HS256_HEADER) + "." + b64(bad))));
    }

    @Test
    void duplicateClaimIsInvalid() {
      assertInvalid(auth(hs256("{\"sub\":\"alice\",\"sub\":\"admin\",\"exp\":" + (NOW + 60) + "}")));
    }

    @Test
    void duplicateKeyInANestedClaimIsInvalid() {
      assertSuccess(auth(hs256(claims(",\"org\":{\"role\":\"user\"}"))));
      assertInvalid(auth(hs256(claims(",\"org\":{\"role\":\"user\",\"role\":\"admin\"}"))));
    }

    @Test
    void unpairedSurrogateEscapeIsInvalid() {
      assertSuccess(auth(hs256(claims(",\"name\":\"\\ud83d\\ude00\""))));
      assertInvalid(auth(hs256(claims(",\"name\":\"\\ud83d\""))));
    }

    @Test
    void payloadWithAnArrayOfPairsIsInvalid() {
      // Gson, and so Nimbus, reads [["k", v], ...] as a map; a JWT claims set is a JSON object
      assertInvalid(auth(hs256("[[\"sub\",\"alice\"],[\"exp\"," + (NOW + 60) + "]]")));
    }
  }

  @Nested
  class Identity {

    @ParameterizedTest
    @ValueSource(strings = {"", ",\"sub\":\"\"", ",\"sub\":\"   \"", ",\"sub\":42", ",\"sub\":null",
        ",\"sub\":[\"alice\"]", ",\"sub\":{\"id\":\"alice\"}", ",\"sub\":true"})
    void missingBlankOrNonStringIdentityIsInvalid(String sub) {
      assertInvalid(auth(hs256("{\"exp\":" + (NOW + 600) + sub + "}")));
    }

    @Test
    void customIdentityClaim() {
      JwtAuthBackend byEmail = new JwtAuthBackend(config().identityClaim("email").build());
      AuthResult result = byEmail.verify(hs256(claims(",\"email\":\"alice@example.com\"")));
      assertSuccess(result);
      assertEquals("alice@example.com", result.identity());
      assertInvalid(byEmail.verify(hs256(claims(""))));
    }
  }

  @Nested
  class AuthorizationHeader {

    private final String token = hs256(claims(""));

    @Test
    void noHeaderIsNone() {
      assertSame(AuthResult.none(), BACKEND.authenticate(Requests.withAuthorization()));
    }

    @Test
    void otherSchemesAreNone() {
      assertSame(AuthResult.none(), BACKEND.authenticate(Requests.withAuthorization("Basic xyz")));
      assertSame(AuthResult.none(), BACKEND.authenticate(Requests.withAuthorization("Bearerx " + token)));
      assertSame(AuthResult.none(), BACKEND.authenticate(Requests.withAuthorization("Token " + token)));
      assertSame(AuthResult.none(), BACKEND.authenticate(Requests.withAuthorization("")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "bearer", "BEARER", "BeArEr"})
    void schemeIsCaseInsensitive(String scheme) {
      AuthResult result = BACKEND.authenticate(Requests.withAuthorization(scheme + " " + token));
      assertSuccess(result);
      assertEquals("alice", result.identity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "bearer", "Bearer  "})
    void bearerWithoutTokenIsInvalid(String value) {
      assertInvalid(BACKEND.authenticate(Requests.withAuthorization(value)));
    }

    @Test
    void bearerFollowedByATabIsNotTheBearerScheme() {
      assertSame(AuthResult.none(), BACKEND.authenticate(Requests.withAuthorization("Bearer\t" + token)));
    }

    @Test
    void exactlyOneSpaceBeforeTheToken() {
      assertInvalid(BACKEND.authenticate(Requests.withAuthorization("Bearer  " + token)));
      assertInvalid(BACKEND.authenticate(Requests.withAuthorization("Bearer " + token + " ")));
    }

    @Test
    void twoAuthorizationHeadersAreInvalid() {
      assertInvalid(BACKEND.authenticate(Requests.withAuthorization("Bearer " + token, "Bearer " + token)));
      assertInvalid(BACKEND.authenticate(Requests.withAuthorization("Basic xyz", "Bearer " + token)));
    }

    @Test
    void garbageTokenIsInvalidNotAnException() {
      for (String junk : new String[] {"x", "\u0000", "é.é.é", "{}", "a".repeat(100_000), "%2e%2e"}) {
        assertInvalid(BACKEND.authenticate(Requests.withAuthorization("Bearer " + junk)));
      }
    }
  }

  @Test
  void challenges() {
    assertEquals("Bearer realm=\"gatehouse\"", BACKEND.challenge(false));
    assertEquals("Bearer realm=\"gatehouse\", error=\"invalid_token\"", BACKEND.challenge(true));
    JwtAuthBackend custom = new JwtAuthBackend(config().realm("orders api").build());
    assertEquals("Bearer realm=\"orders api\"", custom.challenge(false));
    assertEquals("Bearer realm=\"orders api\", error=\"invalid_token\"", custom.challenge(true));
  }

  @Test
  void sharedAcrossThreads() {
    String[] tokens = IntStream.range(0, 50)
        .mapToObj(i -> hs256(claims(",\"n\":" + i))).toArray(String[]::new);
    AtomicInteger ok = new AtomicInteger();
    IntStream.range(0, 5000).parallel().forEach(i -> {
      AuthResult r = BACKEND.verify(tokens[i % tokens.length]);
      if (r.success() && "alice".equals(r.identity()) && Long.valueOf(i % tokens.length).equals(r.claims().get("n"))) {
        ok.incrementAndGet();
      }
    });
    assertEquals(5000, ok.get());
  }

  @Test
  void toStringHasNoSecret() {
    assertFalse(BACKEND.toString().contains(new String(SECRET, StandardCharsets.ISO_8859_1)));
    assertEquals("JwtAuthBackend[Bearer realm=\"gatehouse\"]", BACKEND.toString());
  }
}
