package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * Loads the Wycheproof vectors in {@code src/test/resources/wycheproof/} and turns a test group's
 * key into the {@link GatehouseConfig} a Gatehouse user would write for it.
 */
final class Wycheproof {

  private Wycheproof() {}

  static Map<String, Object> load(String file) {
    try (InputStream in = Wycheproof.class.getResourceAsStream("/wycheproof/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource wycheproof/" + file);
      }
      return JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("cannot parse wycheproof/" + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  /** A configuration, or the reason Gatehouse refuses to build one for this key. */
  record Setup(GatehouseConfig config, String refusal) {}

  /**
   * The configuration a user would write for one JWK: an {@code oct} key's {@code k} is the HMAC
   * secret; the allow-list is the key's {@code alg} when it names a supported algorithm (Gatehouse
   * refuses any other allow-list for such a key), else every RS and PS algorithm for an RSA key,
   * or the ES algorithm of an EC key's curve. Whatever Gatehouse refuses
   * (unparseable key, {@link GatehouseConfigurationException}, {@link IllegalArgumentException})
   * is a refusal: no token verifies.
   */
  static Setup setup(Map<String, Object> jwk) {
    try {
      GatehouseConfig.Builder builder = GatehouseConfig.builder();
      String kty = (String) jwk.get("kty");
      String alg = (String) jwk.get("alg");
      if ("oct".equals(kty)) {
        builder.secretKey(new Base64URL((String) jwk.get("k")).decode());
        builder.algorithms(alg == null ? "HS256" : alg);
      } else {
        JWK key = JWK.parse(jwk);
        builder.verificationKey(key);
        boolean declared = alg != null
            && GatehouseConfig.SUPPORTED_ALGORITHMS.stream().anyMatch(a -> a.getName().equals(alg));
        if (declared) {
          // RFC 8725 section 3.1, enforced by GatehouseConfig: a key is used with its alg only
          builder.algorithms(alg);
        } else if ("RSA".equals(kty)) {
          builder.algorithms("RS256", "RS384", "RS512", "PS256", "PS384", "PS512");
        } else if ("EC".equals(kty)) {
          String crv = (String) jwk.get("crv");
          builder.algorithms(
              switch (crv) {
                case "P-256" -> JWSAlgorithm.ES256.getName();
                case "P-384" -> JWSAlgorithm.ES384.getName();
                case "P-521" -> JWSAlgorithm.ES512.getName();
                default -> "unsupported curve " + crv;
              });
        } else {
          // OKP (EdDSA) and anything newer: Gatehouse allows no algorithm for it
          builder.algorithms(alg == null ? "EdDSA" : alg);
        }
      }
      return new Setup(builder.build(), null);
    } catch (GatehouseConfigurationException | IllegalArgumentException e) {
      return new Setup(null, e.getMessage());
    } catch (ParseException e) {
      return new Setup(null, "JWK does not parse: " + e.getMessage());
    }
  }
}
