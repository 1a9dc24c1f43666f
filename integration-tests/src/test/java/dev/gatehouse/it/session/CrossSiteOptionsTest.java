package dev.gatehouse.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.Reply;
import dev.gatehouse.it.support.TestUsers;
import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.session.SessionAuthBackend;
import dev.gatehouse.runtime.session.SessionFeature;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-site check's options: an allowed origin (behind a proxy), the token always required,
 * another header.
 */
class CrossSiteOptionsTest {

  private static HttpServer server;
  private static JerseyServer.Client client;
  private static String origin;

  @BeforeAll
  static void start() {
    ResourceConfig app =
        JerseyServer.application(
            AuthenticationFeature.builder()
                .backend(new SessionAuthBackend())
                .backend(new HeaderBackend())
                .userLoader(new TestUsers())
                .build(),
            SessionResource.class);
    app.register(
        SessionFeature.builder()
            .allowedOrigins("https://app.example")
            .requireCsrfToken(true)
            .csrfHeader("X-XSRF")
            .build());
    server = JerseyServer.start(app);
    client = JerseyServer.client(server);
    origin = "http://127.0.0.1:" + server.getListeners().iterator().next().getPort();
  }

  @AfterAll
  static void stop() {
    server.shutdownNow();
  }

  @Test
  void theTokenIsRequiredAndAllowedOriginsPass() {
    Reply login = client.post("/s/login?user=alice").send();
    String set = login.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = set.substring(0, set.indexOf(';'));
    String token = login.body();
    String ok = "post user=TestUser:alice scheme=session";

    client.post("/s/me").header("Cookie", cookie).header("Origin", origin).send().assertForbidden();
    client
        .post("/s/me")
        .header("Cookie", cookie)
        .header("Sec-Fetch-Site", "same-origin")
        .send()
        .assertForbidden();
    client
        .post("/s/me")
        .header("Cookie", cookie)
        .header("X-CSRF-Token", token)
        .send()
        .assertForbidden();
    client.post("/s/me").header("Cookie", cookie).header("X-XSRF", token).send().assertOk(ok);
    client
        .post("/s/me")
        .header("Cookie", cookie)
        .header("Origin", "https://app.example")
        .header("X-XSRF", token)
        .send()
        .assertOk(ok);
    client
        .post("/s/me")
        .header("Cookie", cookie)
        .header("Origin", "https://other.example")
        .header("X-XSRF", token)
        .send()
        .assertForbidden();
    assertEquals(200, client.get("/s/me").header("Cookie", cookie).send().status());
  }
}
