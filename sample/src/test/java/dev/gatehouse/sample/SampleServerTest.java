package dev.gatehouse.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.runtime.apikey.ApiKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The README's curl tour, request for request, against the real sample on a free port. */
class SampleServerTest {

  static final String API_KEY_CHALLENGE = "ApiKey realm=\"gatehouse\", header=\"X-API-Key\"";

  private static HttpServer server;
  private static String base;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    server = SampleServer.start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.getListener("grizzly").getPort();
  }

  @AfterAll
  static void stop() {
    server.shutdownNow();
  }

  @Test
  void helloIsPublicAndPersonalWithAToken() throws Exception {
    assertEquals("Hello, stranger.\n", get("/hello", null).body());
    assertEquals("Hello, alice.\n", get("/hello", login("alice")).body());
    HttpResponse<String> withBadToken = get("/hello", "not.a.token");
    assertEquals(200, withBadToken.statusCode());
    assertEquals("Hello, stranger.\n", withBadToken.body());
  }

  @Test
  void loginRefusesAWrongPassword() throws Exception {
    HttpResponse<String> response =
        send(form("/login", "username=alice&password=wrong"));
    assertEquals(401, response.statusCode());
    assertEquals("application/problem+json", contentType(response));
  }

  @Test
  void meNeedsAToken() throws Exception {
    HttpResponse<String> anonymous = get("/me", null);
    assertEquals(401, anonymous.statusCode());
    assertEquals(List.of("Bearer realm=\"gatehouse\"", API_KEY_CHALLENGE), challenges(anonymous));
    assertEquals("application/problem+json", contentType(anonymous));
    assertTrue(anonymous.body().contains("\"status\":401"), anonymous.body());

    HttpResponse<String> forged = get("/me", login("alice") + "x");
    assertEquals(401, forged.statusCode());
    assertEquals(
        List.of("Bearer realm=\"gatehouse\", error=\"invalid_token\"", API_KEY_CHALLENGE),
        challenges(forged));

    HttpResponse<String> me = get("/me", login("alice"));
    assertEquals(200, me.statusCode());
    assertEquals(
        "{\"identity\":\"alice\",\"name\":\"Alice Liddell\",\"scheme\":\"jwt\",\"admin\":true}",
        me.body());
  }

  @Test
  void articlesNeedPermissions() throws Exception {
    String bob = login("bob");
    assertEquals(200, get("/articles", bob).statusCode());

    HttpResponse<String> bobWrites = send(text("/articles", bob, "Bob's news"));
    assertEquals(403, bobWrites.statusCode());
    assertEquals("application/problem+json", contentType(bobWrites));
    assertTrue(bobWrites.body().contains("\"status\":403"), bobWrites.body());
    assertTrue(!get("/articles", bob).body().contains("Bob's news"));

    String alice = login("alice");
    assertEquals(201, send(text("/articles", alice, "Alice's news")).statusCode());
    assertTrue(get("/articles", bob).body().contains("Alice's news (by alice)"));
  }

  @Test
  void adminRulesAndTheirJsr250Exceptions() throws Exception {
    assertEquals(403, get("/admin/stats", login("bob")).statusCode());
    assertEquals(200, get("/admin/stats", login("alice")).statusCode());
    assertEquals(401, get("/admin/stats", null).statusCode());
    assertEquals("ok\n", get("/admin/health", null).body());
    HttpResponse<String> shutdown =
        send(request("/admin/shutdown", login("alice")).POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(403, shutdown.statusCode());
  }

  private static String login(String user) throws Exception {
    HttpResponse<String> response =
        send(form("/login", "username=" + user + "&password=" + user + "-password"));
    assertEquals(200, response.statusCode(), response.body());
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
    assertTrue(token.find(), response.body());
    return token.group(1);
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    return send(request(path, token).GET());
  }

  private static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private static HttpRequest.Builder form(String path, String body) {
    return request(path, null)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder text(String path, String token, String body) {
    return request(path, token)
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static List<String> challenges(HttpResponse<String> response) {
    return response.headers().allValues("WWW-Authenticate");
  }

  /** The README's API key tour. */
  @Nested
  class ApiKeyTour {

    @Test
    void createUseListAndRevokeAKey() throws Exception {
      String alice = "Bearer " + login("alice");

      HttpResponse<String> created = send("POST", "/keys", "Authorization", alice);
      assertEquals(201, created.statusCode(), created.body());
      String cacheControl = created.headers().firstValue("Cache-Control").orElse("");
      assertTrue(cacheControl.startsWith("no-store"), cacheControl);
      String key = field(created, "api_key");
      String id = field(created, "id");
      assertTrue(ApiKeys.isWellFormed(key, "key"), key);
      assertEquals(ApiKeys.hash(key).substring(0, 12), id, "the id is the start of the hash");
      assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/keys/" + id));

      HttpResponse<String> whoami = send("GET", "/api/whoami", "X-API-Key", key);
      assertEquals(200, whoami.statusCode(), whoami.body());
      assertEquals("{\"identity\":\"alice\",\"scheme\":\"apikey\"}", whoami.body());
      assertTrue(
          send("GET", "/me", "X-API-Key", key).body().contains("\"scheme\":\"apikey\""),
          "/me by key");

      HttpResponse<String> listed = send("GET", "/keys", "Authorization", alice);
      assertTrue(listed.body().contains("\"id\":\"" + id + "\""), listed.body());
      assertFalse(listed.body().contains(key.substring(4)), "a key in the list: " + listed.body());

      assertEquals(204, send("DELETE", "/keys/" + id, "Authorization", alice).statusCode());
      HttpResponse<String> revoked = send("GET", "/api/whoami", "X-API-Key", key);
      assertEquals(401, revoked.statusCode());
      assertEquals(List.of(API_KEY_CHALLENGE + ", error=\"invalid_key\""), challenges(revoked));
      assertEquals(404, send("DELETE", "/keys/" + id, "Authorization", alice).statusCode());
    }

    @Test
    void badKeysAndTokensAreRefusedWhereOnlyKeysCount() throws Exception {
      String bob = "Bearer " + login("bob");
      String key = field(send("POST", "/keys", "Authorization", bob), "api_key");

      HttpResponse<String> typo = send("GET", "/api/whoami", "X-API-Key", key + "x");
      assertEquals(401, typo.statusCode());
      assertEquals("application/problem+json", contentType(typo));
      assertEquals(List.of(API_KEY_CHALLENGE + ", error=\"invalid_key\""), challenges(typo));

      HttpResponse<String> token = send("GET", "/api/whoami", "Authorization", bob);
      assertEquals(401, token.statusCode());
      assertEquals(List.of(API_KEY_CHALLENGE), challenges(token));
    }

    @Test
    void onlyALoginManagesKeysAndOnlyItsOwn() throws Exception {
      String alice = "Bearer " + login("alice");
      String bob = "Bearer " + login("bob");
      HttpResponse<String> created = send("POST", "/keys", "Authorization", alice);
      String key = field(created, "api_key");

      HttpResponse<String> byKey = send("POST", "/keys", "X-API-Key", key);
      assertEquals(401, byKey.statusCode(), "an API key minted a key");
      assertEquals(List.of("Bearer realm=\"gatehouse\""), challenges(byKey));

      String id = field(created, "id");
      assertEquals(404, send("DELETE", "/keys/" + id, "Authorization", bob).statusCode());
      assertEquals(200, send("GET", "/api/whoami", "X-API-Key", key).statusCode());
    }

    /** A request without a body, with these headers (name, value, ...). */
    private HttpResponse<String> send(String method, String path, String... headers)
        throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .method(method, HttpRequest.BodyPublishers.noBody());
      for (int i = 0; i < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String field(HttpResponse<String> response, String name) {
      Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(response.body());
      assertTrue(value.find(), () -> name + " in " + response.statusCode() + " " + response.body());
      return value.group(1);
    }
  }
}
