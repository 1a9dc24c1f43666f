package dev.gatehouse.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SessionFeatureTest {

  static SessionFeature fromEnv(Map<String, String> env) {
    return SessionFeature.from(env, new Properties(), SignedCookieStoreTest.CONFIG).build();
  }

  @Test
  void cookieDefaults() {
    SessionFeature feature = SessionFeature.builder().build();
    assertInstanceOf(InMemorySessionStore.class, feature.store());
    assertEquals(
        "gatehouse_session=v; Path=/; HttpOnly; Secure; SameSite=Lax", feature.cookie("v"));
    assertEquals(
        "gatehouse_session=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; HttpOnly;"
            + " Secure; SameSite=Lax",
        feature.expiredCookie());
    assertEquals(
        "s=v; Path=/; HttpOnly; SameSite=Strict",
        SessionFeature.builder()
            .cookieName("s")
            .secureCookie(false)
            .sameSite(SessionFeature.SameSite.STRICT)
            .build()
            .cookie("v"));
  }

  @Test
  void refusesBadCookieNamesAndHostPrefixesWithoutSecure() {
    assertThrows(IllegalArgumentException.class, () -> SessionFeature.builder().cookieName("a b"));
    assertThrows(IllegalArgumentException.class, () -> SessionFeature.builder().cookieName("a=b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SessionFeature.builder().allowedOrigins("https://x.example/path"));
    GatehouseConfigurationException e =
        assertThrows(
            GatehouseConfigurationException.class,
            () ->
                SessionFeature.builder().cookieName("__Host-session").secureCookie(false).build());
    assertTrue(e.getMessage().contains("needs Secure"), e.getMessage());
  }

  @Test
  void readsTheStoreAndCookieFromTheEnvironment() {
    assertInstanceOf(InMemorySessionStore.class, fromEnv(Map.of()).store());
    SessionFeature feature =
        fromEnv(
            Map.of(
                "GATEHOUSE_SESSION_STORE", "cookie",
                "GATEHOUSE_SESSION_COOKIE_NAME", "__Host-session",
                "GATEHOUSE_SESSION_COOKIE_SECURE", "true"));
    assertInstanceOf(SignedCookieStore.class, feature.store());
    assertEquals("__Host-session=v; Path=/; HttpOnly; Secure; SameSite=Lax", feature.cookie("v"));
    Properties properties = new Properties();
    properties.setProperty("gatehouse.session.cookie-secure", "false");
    assertEquals(
        "gatehouse_session=v; Path=/; HttpOnly; SameSite=Lax",
        SessionFeature.from(
                Map.of("GATEHOUSE_SESSION_COOKIE_SECURE", "true"),
                properties,
                SignedCookieStoreTest.CONFIG)
            .build()
            .cookie("v"));
  }

  @Test
  void badEnvironmentValuesNameTheVariable() {
    for (Map<String, String> env :
        java.util.List.of(
            Map.of("GATEHOUSE_SESSION_STORE", "redis"),
            Map.of("GATEHOUSE_SESSION_STORE", " "),
            Map.of("GATEHOUSE_SESSION_COOKIE_SECURE", "yes"),
            Map.of("GATEHOUSE_SESSION_COOKIE_NAME", "a;b"))) {
      GatehouseConfigurationException e =
          assertThrows(GatehouseConfigurationException.class, () -> fromEnv(env));
      String variable = env.keySet().iterator().next();
      assertTrue(e.getMessage().startsWith(variable), e.getMessage());
    }
  }

  @Test
  void originsAreNormalized() {
    assertEquals("https://app.example:443", CrossSiteCheck.normalize("HTTPS://App.Example"));
    assertEquals("http://127.0.0.1:8080", CrossSiteCheck.normalize("http://127.0.0.1:8080"));
    for (String bad :
        new String[] {
          "null", "file:///x", "https://u@x.example", "https://x.example/", "x.example", ""
        }) {
      assertEquals(null, CrossSiteCheck.normalize(bad), bad);
    }
  }
}
