package dev.gatehouse.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GatehouseConfigTest {

  /** A distinctive secret, to check that messages never print it. */
  private static final String SECRET = "correct-horse-battery-staple-0123456789";

  private static RSAKey rsa;
  private static ECKey ec256;
  private static ECKey ec384;

  @BeforeAll
  static void keys() throws Exception {
    rsa = new RSAKeyGenerator(2048).keyID("r").generate();
    ec256 = new ECKeyGenerator(Curve.P_256).generate();
    ec384 = new ECKeyGenerator(Curve.P_384).generate();
  }

  private static GatehouseConfigurationException refused(GatehouseConfig.Builder builder) {
    return assertThrows(GatehouseConfigurationException.class, builder::build);
  }

  @Test
  void defaults() {
    GatehouseConfig c = GatehouseConfig.builder().secretKey(SECRET).build();
    assertEquals(Set.of(JWSAlgorithm.HS256), c.algorithms());
    assertEquals(Duration.ofSeconds(30), c.clockLeeway());
    assertEquals(Duration.ofMinutes(15), c.tokenLifetime());
    assertEquals("sub", c.identityClaim());
    assertEquals(8192, c.maxTokenLength());
    assertEquals("gatehouse", c.realm());
    assertTrue(c.issuer().isEmpty());
    assertTrue(c.audience().isEmpty());
    assertTrue(c.verificationKey().isEmpty());
    assertTrue(c.signingKey().isEmpty());
    assertEquals(ZoneOffset.UTC, c.clock().getZone());
    assertArrayEquals(SECRET.getBytes(StandardCharsets.UTF_8), c.secretKey());
  }

  @Test
  void allSettingsAreKept() {
    Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    GatehouseConfig c = GatehouseConfig.builder()
        .secretKey(SECRET)
        .algorithms("HS256", "RS256")
        .verificationKey(rsa)
        .issuer("iss")
        .audience("aud")
        .clockLeeway(Duration.ofSeconds(5))
        .tokenLifetime(Duration.ofMinutes(2))
        .identityClaim("email")
        .maxTokenLength(4096)
        .realm("api")
        .clock(clock)
        .build();
    assertEquals(List.of(JWSAlgorithm.HS256, JWSAlgorithm.RS256), List.copyOf(c.algorithms()));
    assertEquals(rsa.toPublicJWK(), c.verificationKey().orElseThrow());
    assertFalse(c.verificationKey().orElseThrow().isPrivate(), "only the public part is kept");
    assertEquals("iss", c.issuer().orElseThrow());
    assertEquals("aud", c.audience().orElseThrow());
    assertEquals(Duration.ofSeconds(5), c.clockLeeway());
    assertEquals(Duration.ofMinutes(2), c.tokenLifetime());
    assertEquals("email", c.identityClaim());
    assertEquals(4096, c.maxTokenLength());
    assertEquals("api", c.realm());
    assertSame(clock, c.clock());
    assertThrows(UnsupportedOperationException.class, () -> c.algorithms().add(JWSAlgorithm.HS512));
  }

  @Nested
  class Secret {

    @Test
    void hmacWithoutSecretIsRefused() {
      GatehouseConfigurationException e = refused(GatehouseConfig.builder());
      assertTrue(e.getMessage().contains("secretKey"), e.getMessage());
      assertTrue(e.getMessage().contains("GATEHOUSE_SECRET_KEY"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"HS256, 32", "HS384, 48", "HS512, 64"})
    void secretShorterThanTheHashIsRefused(String alg, int bytes) {
      GatehouseConfigurationException e = refused(
          GatehouseConfig.builder().algorithms(alg).secretKey(new byte[bytes - 1]));
      assertTrue(e.getMessage().contains("at least " + bytes + " bytes"), e.getMessage());
      assertTrue(e.getMessage().contains(alg), e.getMessage());
      GatehouseConfig.builder().algorithms(alg).secretKey(new byte[bytes]).build();
    }

    @Test
    void theLongestAllowedHashDecides() {
      GatehouseConfigurationException e = refused(
          GatehouseConfig.builder().algorithms("HS256", "HS512").secretKey(new byte[48]));
      assertTrue(e.getMessage().contains("HS512"), e.getMessage());
    }

    @Test
    void messagesNeverPrintTheSecret() {
      String shortSecret = "hunter2-is-my-password";
      GatehouseConfigurationException e = refused(GatehouseConfig.builder().secretKey(shortSecret));
      assertFalse(e.getMessage().contains(shortSecret), e.getMessage());
      assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
      GatehouseConfig ok = GatehouseConfig.builder().secretKey(SECRET).build();
      assertFalse(ok.toString().contains(SECRET), ok.toString());
      IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
          () -> GatehouseConfig.builder().secretKey("base64:hunter2!!!"));
      assertFalse(bad.getMessage().contains("hunter2"), bad.getMessage());
    }

    @Test
    void base64Secrets() {
      byte[] raw = new byte[48];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = (byte) (250 - i * 3); // gives '+' '/' in base64 and '-' '_' in base64url
      }
      String std = Base64.getEncoder().encodeToString(raw);
      String url = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
      assertTrue(std.contains("+") || std.contains("/"));
      assertArrayEquals(raw, GatehouseConfig.builder().secretKey("base64:" + std).build().secretKey());
      assertArrayEquals(raw, GatehouseConfig.builder().secretKey("base64:" + url).build().secretKey());
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().secretKey("base64:***"));
      // the prefix is what selects decoding: other strings are their UTF-8 bytes
      assertArrayEquals(("Base64:" + std).getBytes(StandardCharsets.UTF_8),
          GatehouseConfig.builder().secretKey("Base64:" + std).build().secretKey());
    }

    @Test
    void secretIsCopiedInAndOut() {
      byte[] input = SECRET.getBytes(StandardCharsets.UTF_8);
      GatehouseConfig.Builder builder = GatehouseConfig.builder().secretKey(input);
      input[0] ^= 1;
      GatehouseConfig c = builder.build();
      byte[] out = c.secretKey();
      assertArrayEquals(SECRET.getBytes(StandardCharsets.UTF_8), out);
      out[1] ^= 1;
      assertArrayEquals(SECRET.getBytes(StandardCharsets.UTF_8), c.secretKey());
    }

    @Test
    void emptySecretIsRefused() {
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().secretKey(new byte[0]));
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().secretKey(""));
    }

    @Test
    void secretWithoutHmacAlgorithmIsAllowedAndAbsentSecretReported() {
      GatehouseConfig c = GatehouseConfig.builder().algorithms("RS256").verificationKey(rsa).build();
      assertFalse(c.hasSecretKey());
      assertThrows(IllegalStateException.class, c::secretKey);
    }
  }

  @Nested
  class Algorithms {

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE", "None", " none "})
    void noneIsRefused(String name) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> GatehouseConfig.builder().algorithms(name));
      assertTrue(e.getMessage().contains("none"), e.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> GatehouseConfig.builder().algorithms(Set.of(new JWSAlgorithm(name.trim()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS257", "hs256", "EdDSA", "Ed25519", "ES256K", "RSA1_5", "", "A256GCM"})
    void unknownOrUnsupportedIsRefused(String name) {
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().algorithms(name));
    }

    @Test
    void emptyListIsRefused() {
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().algorithms());
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().algorithms(Set.of()));
    }

    @Test
    void orderIsKept() {
      GatehouseConfig c = GatehouseConfig.builder()
          .secretKey(new byte[64]).algorithms("HS512", "HS256", "HS384").build();
      assertEquals(List.of(JWSAlgorithm.HS512, JWSAlgorithm.HS256, JWSAlgorithm.HS384), List.copyOf(c.algorithms()));
    }

    @Test
    void everySupportedAlgorithmCanBeConfigured() {
      for (JWSAlgorithm alg : GatehouseConfig.SUPPORTED_ALGORITHMS) {
        GatehouseConfig.Builder b = GatehouseConfig.builder().algorithms(alg.getName());
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
          b.secretKey(new byte[64]);
        } else if (JWSAlgorithm.Family.RSA.contains(alg)) {
          b.verificationKey(rsa);
        } else {
          b.verificationKey(JWSAlgorithm.ES256.equals(alg) ? ec256 : JWSAlgorithm.ES384.equals(alg) ? ec384 : p521());
        }
        assertEquals(Set.of(alg), b.build().algorithms());
      }
    }
  }

  private static ECKey p521() {
    try {
      return new ECKeyGenerator(Curve.P_521).generate();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Nested
  class Keys {

    @Test
    void asymmetricAlgorithmWithoutKeyIsRefused() {
      GatehouseConfigurationException e = refused(GatehouseConfig.builder().algorithms("RS256"));
      assertTrue(e.getMessage().contains("verificationKey"), e.getMessage());
    }

    @Test
    void keyTypeMustMatchTheAlgorithm() {
      assertTrue(refused(GatehouseConfig.builder().algorithms("RS256").verificationKey(ec256))
          .getMessage().contains("RSA"));
      assertTrue(refused(GatehouseConfig.builder().algorithms("ES256").verificationKey(rsa))
          .getMessage().contains("EC"));
      assertTrue(refused(GatehouseConfig.builder().algorithms("ES256").verificationKey(ec384))
          .getMessage().contains("P-256"));
      assertTrue(refused(GatehouseConfig.builder().algorithms("ES384").verificationKey(ec256))
          .getMessage().contains("P-384"));
    }

    @Test
    void rsaAndEcTogetherAreRefused() {
      refused(GatehouseConfig.builder().algorithms("RS256", "ES256").verificationKey(rsa));
      refused(GatehouseConfig.builder().algorithms("ES256", "ES384").verificationKey(ec256));
    }

    @Test
    void hmacAndRsaTogetherAreAllowed() {
      GatehouseConfig c = GatehouseConfig.builder()
          .algorithms("HS256", "RS256", "PS256").secretKey(SECRET).verificationKey(rsa).build();
      assertEquals(3, c.algorithms().size());
    }

    @Test
    void unusedVerificationKeyIsRefused() {
      GatehouseConfigurationException e = refused(GatehouseConfig.builder().secretKey(SECRET).verificationKey(rsa));
      assertTrue(e.getMessage().contains("verificationKey"), e.getMessage());
    }

    @Test
    void weakRsaKeysAreRefused() throws Exception {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(1024);
      RSAKey weak = new RSAKey.Builder((RSAPublicKey) generator.generateKeyPair().getPublic()).build();
      assertTrue(refused(GatehouseConfig.builder().algorithms("RS256").verificationKey(weak))
          .getMessage().contains("2048"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 65536})
    void badRsaExponentsAreRefused(int exponent) throws Exception {
      RSAKey bad = new RSAKey.Builder(rsa.getModulus(),
          com.nimbusds.jose.util.Base64URL.encode(java.math.BigInteger.valueOf(exponent))).build();
      assertTrue(refused(GatehouseConfig.builder().algorithms("RS256").verificationKey(bad))
          .getMessage().contains("exponent"));
    }

    @Test
    void encryptionKeysAreRefused() throws Exception {
      RSAKey enc = new RSAKey.Builder(rsa.toRSAPublicKey()).keyUse(KeyUse.ENCRYPTION).build();
      assertTrue(refused(GatehouseConfig.builder().algorithms("RS256").verificationKey(enc))
          .getMessage().contains("use"));
      RSAKey encryptOnly = new RSAKey.Builder(rsa.toRSAPublicKey())
          .keyOperations(Set.of(KeyOperation.ENCRYPT)).build();
      assertTrue(refused(GatehouseConfig.builder().algorithms("RS256").verificationKey(encryptOnly))
          .getMessage().contains("key_ops"));
      RSAKey verifyOnly = new RSAKey.Builder(rsa.toRSAPublicKey())
          .keyOperations(Set.of(KeyOperation.VERIFY)).keyUse(KeyUse.SIGNATURE).build();
      GatehouseConfig.builder().algorithms("RS256").verificationKey(verifyOnly).build();
    }

    @Test
    void keyDeclaringAnotherKnownAlgorithmIsRefused() throws Exception {
      RSAKey labelledEs = new RSAKey.Builder(rsa.toRSAPublicKey()).algorithm(JWSAlgorithm.ES256).build();
      refused(GatehouseConfig.builder().algorithms("RS256").verificationKey(labelledEs));
      ECKey labelledEs384 = new ECKey.Builder(ec256.toPublicJWK()).algorithm(JWSAlgorithm.ES384).build();
      refused(GatehouseConfig.builder().algorithms("ES256").verificationKey(labelledEs384));
    }

    @Test
    void keyDeclaringAnAlgorithmIsUsedWithThatAlgorithmOnly() throws Exception {
      // RFC 8725 section 3.1: one algorithm per key
      RSAKey labelledPs256 = new RSAKey.Builder(rsa.toRSAPublicKey()).algorithm(JWSAlgorithm.PS256).build();
      GatehouseConfigurationException e = refused(
          GatehouseConfig.builder().algorithms("PS384").verificationKey(labelledPs256));
      assertTrue(e.getMessage().contains("PS256") && e.getMessage().contains("PS384"), e.getMessage());
      refused(GatehouseConfig.builder().algorithms("PS256", "RS256").verificationKey(labelledPs256));
      GatehouseConfig.builder().algorithms("PS256").verificationKey(labelledPs256).build();
      // HMAC algorithms do not use the key, so they may sit beside it
      GatehouseConfig.builder().algorithms("HS256", "PS256").secretKey(SECRET).verificationKey(labelledPs256).build();
      // the signing key is held to its label too
      RSAKey privateRs256 = new RSAKey.Builder(rsa).algorithm(JWSAlgorithm.RS256).build();
      refused(GatehouseConfig.builder().algorithms("RS512").signingKey(privateRs256));
      // a label Gatehouse does not know is ignored
      ECKey labelledOddly = new ECKey.Builder(ec256.toPublicJWK()).algorithm(new JWSAlgorithm("ES521")).build();
      GatehouseConfig.builder().algorithms("ES256").verificationKey(labelledOddly).build();
    }

    @Test
    void hmacJwkIsNotAVerificationKey() {
      OctetSequenceKey oct = new OctetSequenceKey.Builder(new byte[32]).build();
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().verificationKey(oct));
    }

    @Test
    void signingKeyGivesTheVerificationKey() {
      GatehouseConfig c = GatehouseConfig.builder().algorithms("ES256").signingKey(ec256).build();
      assertEquals(ec256.toPublicJWK(), c.verificationKey().orElseThrow());
      assertTrue(c.signingKey().orElseThrow().isPrivate());
    }

    @Test
    void signingKeyMustBePrivateAndMatchTheVerificationKey() throws Exception {
      assertThrows(IllegalArgumentException.class,
          () -> GatehouseConfig.builder().signingKey(rsa.toPublicJWK()));
      RSAKey other = new RSAKeyGenerator(2048).generate();
      GatehouseConfigurationException e = refused(
          GatehouseConfig.builder().algorithms("RS256").signingKey(rsa).verificationKey(other));
      assertTrue(e.getMessage().contains("key pair"), e.getMessage());
      GatehouseConfig.builder().algorithms("RS256").signingKey(rsa).verificationKey(rsa.toPublicJWK()).build();
    }

    @Test
    void ecKeyOffTheCurveDoesNotParse() {
      String json = ec256.toPublicJWK().toJSONString();
      String y = ec256.getY().toString();
      char last = y.charAt(y.length() - 2);
      String tampered = json.replace(y, y.substring(0, y.length() - 2) + (last == 'A' ? 'B' : 'A') + y.charAt(y.length() - 1));
      assertThrows(java.text.ParseException.class, () -> JWK.parse(tampered));
    }
  }

  @Nested
  class Bounds {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 30, 300})
    void leewayWithinBounds(long seconds) {
      assertEquals(Duration.ofSeconds(seconds), GatehouseConfig.builder()
          .secretKey(SECRET).clockLeeway(Duration.ofSeconds(seconds)).build().clockLeeway());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 301, 3600})
    void leewayOutOfBounds(long seconds) {
      assertThrows(IllegalArgumentException.class,
          () -> GatehouseConfig.builder().clockLeeway(Duration.ofSeconds(seconds)));
    }

    @Test
    void tokenLifetimeBounds() {
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().tokenLifetime(Duration.ZERO));
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().tokenLifetime(Duration.ofMillis(999)));
      assertThrows(IllegalArgumentException.class,
          () -> GatehouseConfig.builder().tokenLifetime(Duration.ofHours(24).plusSeconds(1)));
      GatehouseConfig.builder().tokenLifetime(Duration.ofHours(24));
      GatehouseConfig.builder().tokenLifetime(Duration.ofSeconds(1));
    }

    @Test
    void maxTokenLengthBounds() {
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().maxTokenLength(255));
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().maxTokenLength(65537));
      GatehouseConfig.builder().maxTokenLength(256).maxTokenLength(65536);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a\"b", "a\\b", "line\nbreak", "caf\u00e9"})
    void realmMustBeSafeInAQuotedString(String realm) {
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().realm(realm));
    }

    @Test
    void blankStringsAreRefused() {
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().issuer(" "));
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().audience(""));
      assertThrows(IllegalArgumentException.class, () -> GatehouseConfig.builder().identityClaim(""));
      assertThrows(NullPointerException.class, () -> GatehouseConfig.builder().issuer(null));
    }
  }

  @Nested
  class Environment {

    private final String goodSecret = "base64:" + Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void everySettingIsRead() {
      Map<String, String> env = Map.of(
          "GATEHOUSE_SECRET_KEY", "base64:" + Base64.getEncoder().encodeToString(new byte[64]),
          "GATEHOUSE_JWT_ALGORITHMS", "HS512, HS256",
          "GATEHOUSE_JWT_ISSUER", "https://auth.example",
          "GATEHOUSE_JWT_AUDIENCE", "orders",
          "GATEHOUSE_CLOCK_LEEWAY", "PT10S",
          "GATEHOUSE_TOKEN_LIFETIME", "600",
          "GATEHOUSE_IDENTITY_CLAIM", "email",
          "GATEHOUSE_JWT_MAX_TOKEN_LENGTH", "2048",
          "GATEHOUSE_REALM", "orders");
      GatehouseConfig c = GatehouseConfig.from(env, new Properties()).build();
      assertEquals(List.of(JWSAlgorithm.HS512, JWSAlgorithm.HS256), List.copyOf(c.algorithms()));
      assertEquals(64, c.secretKey().length);
      assertEquals("https://auth.example", c.issuer().orElseThrow());
      assertEquals("orders", c.audience().orElseThrow());
      assertEquals(Duration.ofSeconds(10), c.clockLeeway());
      assertEquals(Duration.ofMinutes(10), c.tokenLifetime());
      assertEquals("email", c.identityClaim());
      assertEquals(2048, c.maxTokenLength());
      assertEquals("orders", c.realm());
    }

    @Test
    void nothingSetGivesDefaultsAndNeedsASecret() {
      GatehouseConfig.Builder b = GatehouseConfig.from(Map.of(), new Properties());
      refused(b);
      assertEquals(Duration.ofSeconds(30), b.secretKey(SECRET).build().clockLeeway());
    }

    @Test
    void systemPropertiesOverrideTheEnvironment() {
      Properties sys = new Properties();
      sys.setProperty("gatehouse.jwt.issuer", "from-property");
      sys.setProperty("gatehouse.clock-leeway", "5");
      GatehouseConfig c = GatehouseConfig.from(Map.of(
          "GATEHOUSE_SECRET_KEY", goodSecret,
          "GATEHOUSE_JWT_ISSUER", "from-env",
          "GATEHOUSE_CLOCK_LEEWAY", "PT1M"), sys).build();
      assertEquals("from-property", c.issuer().orElseThrow());
      assertEquals(Duration.ofSeconds(5), c.clockLeeway());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GATEHOUSE_CLOCK_LEEWAY|soon",
        "GATEHOUSE_CLOCK_LEEWAY|PT10M",
        "GATEHOUSE_CLOCK_LEEWAY|-5",
        "GATEHOUSE_TOKEN_LIFETIME|PT48H",
        "GATEHOUSE_TOKEN_LIFETIME|0",
        "GATEHOUSE_JWT_ALGORITHMS|none",
        "GATEHOUSE_JWT_ALGORITHMS|HS256,,HS512",
        "GATEHOUSE_JWT_MAX_TOKEN_LENGTH|lots",
        "GATEHOUSE_JWT_MAX_TOKEN_LENGTH|10",
        "GATEHOUSE_REALM|a\"b",
        "GATEHOUSE_SECRET_KEY|base64:%%%"})
    void badValuesNameTheVariable(String variable, String value) {
      GatehouseConfigurationException e = assertThrows(GatehouseConfigurationException.class,
          () -> GatehouseConfig.from(Map.of(variable, value), new Properties()));
      assertTrue(e.getMessage().startsWith(variable + ":"), e.getMessage());
    }

    @Test
    void badPropertyNamesTheProperty() {
      Properties sys = new Properties();
      sys.setProperty("gatehouse.clock-leeway", "forever");
      GatehouseConfigurationException e = assertThrows(GatehouseConfigurationException.class,
          () -> GatehouseConfig.from(Map.of("GATEHOUSE_CLOCK_LEEWAY", "PT1S"), sys));
      assertTrue(e.getMessage().startsWith("gatehouse.clock-leeway:"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankValuesAreErrorsNotUnset(String blank) {
      GatehouseConfigurationException e = assertThrows(GatehouseConfigurationException.class,
          () -> GatehouseConfig.from(Map.of("GATEHOUSE_JWT_ISSUER", blank), new Properties()));
      assertTrue(e.getMessage().contains("GATEHOUSE_JWT_ISSUER"), e.getMessage());
    }

    @Test
    void aSecretOfSpacesIsBlankNotA40ByteKey() {
      GatehouseConfigurationException e = assertThrows(GatehouseConfigurationException.class,
          () -> GatehouseConfig.from(Map.of("GATEHOUSE_SECRET_KEY", " ".repeat(40)), new Properties()));
      assertTrue(e.getMessage().contains("GATEHOUSE_SECRET_KEY"), e.getMessage());
    }

    @Test
    void shortSecretFromTheEnvironmentNamesTheVariable() {
      String shortSecret = "too-short-secret";
      GatehouseConfigurationException e = refused(
          GatehouseConfig.from(Map.of("GATEHOUSE_SECRET_KEY", shortSecret), new Properties()));
      assertTrue(e.getMessage().contains("GATEHOUSE_SECRET_KEY"), e.getMessage());
      assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
      assertFalse(e.getMessage().contains(shortSecret), e.getMessage());
    }

    @Test
    void builderMethodsStillWorkAfterTheEnvironment() {
      GatehouseConfig c = GatehouseConfig.from(Map.of("GATEHOUSE_JWT_ALGORITHMS", "RS256"), new Properties())
          .verificationKey(rsa)
          .build();
      assertEquals(Set.of(JWSAlgorithm.RS256), c.algorithms());
    }

    @Test
    void fromEnvironmentReadsSystemProperties() {
      String key = "gatehouse.jwt.audience";
      String old = System.getProperty(key);
      System.setProperty(key, "sysprop-audience");
      try {
        GatehouseConfig.Builder b = GatehouseConfig.fromEnvironment();
        if (System.getenv("GATEHOUSE_SECRET_KEY") == null) {
          b.secretKey(SECRET);
        }
        assertEquals("sysprop-audience", b.build().audience().orElseThrow());
      } finally {
        if (old == null) {
          System.clearProperty(key);
        } else {
          System.setProperty(key, old);
        }
      }
    }
  }
}
