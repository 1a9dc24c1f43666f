package dev.gatehouse.runtime.session;

import static dev.gatehouse.runtime.session.Sessions.request;
import static dev.gatehouse.runtime.session.Sessions.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedCookieStoreTest extends SessionStoreContract {

  static final GatehouseConfig CONFIG =
      GatehouseConfig.builder()
          .secretKey("base64:" + Base64.getEncoder().encodeToString(CookieSealerTest.SECRET))
          .build();

  @Override
  SessionStore store(SessionStore.Builder builder) {
    return builder.buildSignedCookie(CONFIG);
  }

  @Test
  void needsASecret() throws Exception {
    GatehouseConfig noSecret =
        GatehouseConfig.builder()
            .algorithms("ES256")
            .verificationKey(new ECKeyGenerator(Curve.P_256).generate().toPublicJWK())
            .build();
    GatehouseConfigurationException e =
        assertThrows(
            GatehouseConfigurationException.class, () -> SessionStore.signedCookie(noSecret));
    assertTrue(e.getMessage().contains("GATEHOUSE_SECRET_KEY"), e.getMessage());
  }

  @Test
  void aSessionThatOutgrowsTheCookieIsRefusedAndKeepsItsState() {
    Session session = request(store(), null);
    session.set("a", "small");
    SessionTooLargeException e =
        assertThrows(SessionTooLargeException.class, () -> session.set("b", "x".repeat(4000)));
    assertTrue(
        e.getMessage().contains("at most " + SignedCookieStore.MAX_COOKIE_LENGTH), e.getMessage());
    assertEquals(java.util.Set.of("a"), session.asMap().keySet());
    String cookie = respond(session);
    assertTrue(cookie.length() <= SignedCookieStore.MAX_COOKIE_LENGTH);

    Session fresh = request(store(), null);
    assertThrows(SessionTooLargeException.class, () -> fresh.set("b", "x".repeat(4000)));
    assertNull(respond(fresh), "a session that never held anything sets no cookie");
  }

  @Test
  void anUnchangedSessionIsRewrittenAtMostOnceAMinute() {
    SessionStore store = store();
    String cookie = create(store, "k", "v");
    clock.advance(Duration.ofSeconds(59));
    assertNull(respond(request(store, cookie)));
    clock.advance(Duration.ofSeconds(1));
    assertNotNull(respond(request(store, cookie)));
  }

  @Test
  void revocationsAreBoundedAndFailLoudly() {
    SessionStore store = store(Sessions.timeouts(clock).maxSessions(2));
    store.invalidate(SessionStore.randomToken(), clock.millis());
    store.invalidate(SessionStore.randomToken(), clock.millis());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> store.invalidate(SessionStore.randomToken(), clock.millis()));
    assertTrue(e.getMessage().contains("raise maxSessions"), e.getMessage());
    clock.advance(Duration.ofHours(1));
    store.invalidate(SessionStore.randomToken(), clock.millis()); // the old ones lapsed
  }
}
