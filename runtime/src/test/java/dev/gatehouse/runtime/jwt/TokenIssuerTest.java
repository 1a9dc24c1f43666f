package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Tokens.CLOCK;
import static dev.gatehouse.runtime.jwt.Tokens.NOW;
import static dev.gatehouse.runtime.jwt.Tokens.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenIssuerTest {

  private static final GatehouseConfig CONFIG =
      GatehouseConfig.builder().secretKey(SECRET).clock(CLOCK).build();
  private static final TokenIssuer ISSUER = new TokenIssuer(CONFIG);
  private static final JwtAuthBackend BACKEND = new JwtAuthBackend(CONFIG);

  private static RSAKey rsa;
  private static ECKey ec;

  @BeforeAll
  static void keys() throws Exception {
    rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
  }

  private static Map<String, Object> json(String compact, int segment) {
    String part = compact.split("\\.")[segment];
    return JwsVerifier.parseObject(Base64.getUrlDecoder().decode(part));
  }

  @Test
  void roundTripThroughTheBackend() {
    String token = ISSUER.issue(Map.of("sub", "alice", "name", "Alice", "permissions", List.of("read")));
    AuthResult result = BACKEND.verify(token);
    assertTrue(result.success(), result.toString());
    assertEquals("alice", result.identity());
    assertEquals("Alice", result.claims().get("name"));
    assertEquals(List.of("read"), result.claims().get("permissions"));
    assertTrue(BACKEND.authenticate(Requests.bearer(token)).success());
  }

  @Test
  void iatExpAndJtiAreExact() {
    String token = ISSUER.issue(Map.of("sub", "alice"));
    Map<String, Object> claims = json(token, 1);
    assertEquals(NOW, claims.get("iat"));
    assertEquals(NOW + 15 * 60, claims.get("exp"));
    assertTrue(Pattern.matches("[A-Za-z0-9_-]{22}", (String) claims.get("jti")), (String) claims.get("jti"));
    assertEquals(16, Base64.getUrlDecoder().decode((String) claims.get("jti")).length);
    assertEquals(Set.of("sub", "iat", "exp", "jti"), claims.keySet());
  }

  @Test
  void expiresInIsHonoured() {
    Map<String, Object> claims = json(ISSUER.issue(Map.of("sub", "alice"), Duration.ofSeconds(120)), 1);
    assertEquals(NOW, claims.get("iat"));
    assertEquals(NOW + 120, claims.get("exp"));
  }

  @Test
  void configuredLifetimeIsTheDefault() {
    GatehouseConfig hour = GatehouseConfig.builder()
        .secretKey(SECRET).clock(CLOCK).tokenLifetime(Duration.ofHours(1)).build();
    assertEquals(NOW + 3600, json(new TokenIssuer(hour).issue(Map.of("sub", "alice")), 1).get("exp"));
  }

  @Test
  void issuedTokensExpire() {
    String token = ISSUER.issue(Map.of("sub", "alice"), Duration.ofSeconds(60));
    Clock later = Clock.fixed(Instant.ofEpochSecond(NOW + 60 + 30), ZoneOffset.UTC);
    Clock justBefore = Clock.fixed(Instant.ofEpochSecond(NOW + 60 + 29), ZoneOffset.UTC);
    GatehouseConfig.Builder b = GatehouseConfig.builder().secretKey(SECRET);
    assertTrue(new JwtAuthBackend(b.clock(justBefore).build()).verify(token).success());
    assertTrue(new JwtAuthBackend(b.clock(later).build()).verify(token).isInvalid());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 86_401})
  void lifetimeOutOfBoundsIsRefused(long seconds) {
    assertThrows(IllegalArgumentException.class,
        () -> ISSUER.issue(Map.of("sub", "alice"), Duration.ofSeconds(seconds)));
  }

  @Test
  void lifetimeOfADayIsAllowed() {
    assertEquals(NOW + 86_400, json(ISSUER.issue(Map.of("sub", "alice"), Duration.ofDays(1)), 1).get("exp"));
  }

  @Test
  void headerIsTypJwtAndTheFirstAlgorithm() {
    Map<String, Object> header = json(ISSUER.issue(Map.of("sub", "alice")), 0);
    assertEquals(Map.of("alg", "HS256", "typ", "JWT"), header);

    GatehouseConfig hs512 = GatehouseConfig.builder()
        .secretKey(Tokens.SECRET_64).algorithms("HS512", "HS256").clock(CLOCK).build();
    String token = new TokenIssuer(hs512).issue(Map.of("sub", "alice"));
    assertEquals("HS512", json(token, 0).get("alg"));
    assertTrue(new JwtAuthBackend(hs512).verify(token).success());
  }

  @Test
  void jtiIsUnique() {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(json(ISSUER.issue(Map.of("sub", "alice")), 1).get("jti")));
    }
  }

  @Test
  void callerMapsAreNotMutated() {
    Map<String, Object> unmodifiable = Map.of("sub", "alice", "roles", List.of("a"));
    assertTrue(BACKEND.verify(ISSUER.issue(unmodifiable)).success());

    List<Object> roles = new ArrayList<>(List.of("a", "b"));
    Map<String, Object> nested = new HashMap<>(Map.of("team", "x"));
    Map<String, Object> mutable = new HashMap<>();
    mutable.put("sub", "alice");
    mutable.put("roles", roles);
    mutable.put("org", nested);
    Map<String, Object> snapshot = new HashMap<>(mutable);
    GatehouseConfig withIss = GatehouseConfig.builder()
        .secretKey(SECRET).clock(CLOCK).issuer("https://auth.example").audience("api").build();
    String token = new TokenIssuer(withIss).issue(mutable);
    assertEquals(snapshot, mutable);
    assertEquals(Set.of("sub", "roles", "org"), mutable.keySet());
    assertEquals(List.of("a", "b"), roles);
    assertEquals(Map.of("team", "x"), nested);

    // and later changes to the caller's map do not reach the token
    roles.add("admin");
    assertEquals(List.of("a", "b"), json(token, 1).get("roles"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"exp", "iat", "nbf", "jti"})
  void reservedClaimsAreRefused(String claim) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ISSUER.issue(Map.of("sub", "alice", claim, 1)));
    assertTrue(e.getMessage().contains("\"" + claim + "\""), e.getMessage());
    if (claim.equals("exp")) {
      assertTrue(e.getMessage().contains("expiresIn"), e.getMessage());
    }
  }

  @Test
  void issuerAndAudienceAreAdded() {
    GatehouseConfig config = GatehouseConfig.builder()
        .secretKey(SECRET).clock(CLOCK).issuer("https://auth.example").audience("orders").build();
    TokenIssuer issuer = new TokenIssuer(config);
    String token = issuer.issue(Map.of("sub", "alice"));
    Map<String, Object> claims = json(token, 1);
    assertEquals("https://auth.example", claims.get("iss"));
    assertEquals("orders", claims.get("aud"));
    assertTrue(new JwtAuthBackend(config).verify(token).success());

    // the same values, or an audience list that holds ours, are fine
    assertTrue(new JwtAuthBackend(config).verify(
        issuer.issue(Map.of("sub", "alice", "iss", "https://auth.example", "aud", List.of("orders", "billing"))))
        .success());
    assertThrows(IllegalArgumentException.class,
        () -> issuer.issue(Map.of("sub", "alice", "iss", "https://other.example")));
    assertThrows(IllegalArgumentException.class,
        () -> issuer.issue(Map.of("sub", "alice", "aud", "billing")));
    assertThrows(IllegalArgumentException.class,
        () -> issuer.issue(Map.of("sub", "alice", "aud", List.of("billing"))));
  }

  @Test
  void withoutConfiguredIssuerPayloadIssIsKept() {
    assertEquals("me", json(ISSUER.issue(Map.of("sub", "alice", "iss", "me")), 1).get("iss"));
  }

  @Test
  void identityClaimIsRequired() {
    assertThrows(IllegalArgumentException.class, () -> ISSUER.issue(Map.of("name", "Alice")));
    assertThrows(IllegalArgumentException.class, () -> ISSUER.issue(Map.of("sub", " ")));
    assertThrows(IllegalArgumentException.class, () -> ISSUER.issue(Map.of("sub", 42)));
    GatehouseConfig byEmail = GatehouseConfig.builder().secretKey(SECRET).identityClaim("email").build();
    assertThrows(IllegalArgumentException.class, () -> new TokenIssuer(byEmail).issue(Map.of("sub", "alice")));
  }

  @Test
  void onlyJsonValuesAreAccepted() {
    assertThrows(IllegalArgumentException.class, () -> ISSUER.issue(Map.of("sub", "alice", "when", Instant.now())));
    assertThrows(IllegalArgumentException.class, () -> ISSUER.issue(Map.of("sub", "alice", "x", new Object())));
    assertThrows(IllegalArgumentException.class, () -> ISSUER.issue(Map.of("sub", "alice", "x", Double.NaN)));
    assertThrows(IllegalArgumentException.class,
        () -> ISSUER.issue(Map.of("sub", "alice", "x", Map.of(1, "one"))));
    Map<String, Object> cycle = new HashMap<>();
    cycle.put("self", cycle);
    assertThrows(IllegalArgumentException.class, () -> ISSUER.issue(Map.of("sub", "alice", "x", cycle)));

    Map<String, Object> ok = new LinkedHashMap<>();
    ok.put("sub", "alice");
    ok.put("n", 3);
    ok.put("f", 1.5);
    ok.put("b", true);
    ok.put("nil", null);
    ok.put("set", Set.of("x"));
    Map<String, Object> claims = json(ISSUER.issue(ok), 1);
    assertEquals(3L, claims.get("n"));
    assertEquals(1.5, claims.get("f"));
    assertEquals(true, claims.get("b"));
    assertTrue(claims.containsKey("nil"));
    assertNull(claims.get("nil"));
    assertEquals(List.of("x"), claims.get("set"));
  }

  @Test
  void differentSecretDoesNotVerify() {
    GatehouseConfig other = GatehouseConfig.builder().secretKey(Tokens.bytes(32, 3)).clock(CLOCK).build();
    assertTrue(new JwtAuthBackend(other).verify(ISSUER.issue(Map.of("sub", "alice"))).isInvalid());
  }

  @Test
  void rsaAndPssRoundTrip() {
    for (String alg : List.of("RS256", "PS256", "RS512")) {
      GatehouseConfig config = GatehouseConfig.builder()
          .algorithms(alg).signingKey(rsa).clock(CLOCK).build();
      String token = new TokenIssuer(config).issue(Map.of("sub", "alice"));
      Map<String, Object> header = json(token, 0);
      assertEquals(alg, header.get("alg"));
      assertEquals("rsa-1", header.get("kid"));
      assertEquals("JWT", header.get("typ"));
      // a verifier that only has the public key accepts it
      GatehouseConfig verifyOnly = GatehouseConfig.builder()
          .algorithms(alg).verificationKey(rsa.toPublicJWK()).clock(CLOCK).build();
      assertTrue(new JwtAuthBackend(verifyOnly).verify(token).success(), alg);
    }
  }

  @Test
  void ecRoundTrip() {
    GatehouseConfig config = GatehouseConfig.builder()
        .algorithms("ES256").signingKey(ec).clock(CLOCK).build();
    String token = new TokenIssuer(config).issue(Map.of("sub", "alice"));
    assertEquals("ES256", json(token, 0).get("alg"));
    assertTrue(new JwtAuthBackend(config).verify(token).success());
  }

  @Test
  void asymmetricFirstAlgorithmNeedsASigningKey() {
    GatehouseConfig verifyOnly = GatehouseConfig.builder()
        .algorithms("RS256").verificationKey(rsa.toPublicJWK()).build();
    GatehouseConfigurationException e =
        assertThrows(GatehouseConfigurationException.class, () -> new TokenIssuer(verifyOnly));
    assertTrue(e.getMessage().contains("signingKey"), e.getMessage());
  }

  @Test
  void hmacTokensDoNotVerifyUnderAnRsaConfiguration() {
    // the classic confusion: HS256 "signed" with the RSA public key bytes
    GatehouseConfig rs = GatehouseConfig.builder()
        .algorithms("RS256").verificationKey(rsa.toPublicJWK()).clock(CLOCK).build();
    byte[] publicKeyBytes = rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
    String forged = Tokens.hmac("HmacSHA256", publicKeyBytes, Tokens.HS256_HEADER, Tokens.claims(""));
    assertTrue(new JwtAuthBackend(rs).verify(forged).isInvalid());
    assertFalse(JWSAlgorithm.Family.HMAC_SHA.stream().anyMatch(rs.algorithms()::contains));
  }

  @Test
  void sharedAcrossThreads() {
    List<String> tokens = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.stream.IntStream.range(0, 2000).parallel()
        .forEach(i -> tokens.add(ISSUER.issue(Map.of("sub", "user" + i))));
    Set<String> identities = new HashSet<>();
    for (String token : tokens) {
      AuthResult r = BACKEND.verify(token);
      assertTrue(r.success());
      identities.add(r.identity());
    }
    assertEquals(2000, identities.size());
  }
}
