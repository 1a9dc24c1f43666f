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
import org.junit.jupiter.api.Test;

/** The README's API key tour, request for request, against the real sample on a free port. */
class ApiKeyTourTest {

  static final String CHALLENGE = SampleServerTest.API_KEY_CHALLENGE;

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
  void createUseListAndRevokeAKey() throws Exception {
    String alice = "Bearer " + login("alice");

    HttpResponse<String> created = send("POST", "/keys", "Authorization", alice);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse("").split(",")[0]);
    String key = field(created, "api_key");
    String id = field(created, "id");
    assertTrue(ApiKeys.isWellFormed(key, "key"), key);
    assertEquals(ApiKeys.hash(key).substring(0, 12), id, "the id is the start of the hash");
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/keys/" + id));

    HttpResponse<String> whoami = send("GET", "/api/whoami", "X-API-Key", key);
    assertEquals(200, whoami.statusCode(), whoami.body());
    assertEquals("{\"identity\":\"alice\",\"scheme\":\"apikey\"}", whoami.body());
    assertEquals(
        "{\"identity\":\"alice\",\"name\":\"Alice Liddell\",\"scheme\":\"apikey\",\"admin\":true}",
        send("GET", "/me", "X-API-Key", key).body());

    HttpResponse<String> listed = send("GET", "/keys", "Authorization", alice);
    assertTrue(listed.body().contains("\"id\":\"" + id + "\""), listed.body());
    assertFalse(listed.body().contains(key.substring(4)), "the list shows a key: " + listed.body());

    assertEquals(204, send("DELETE", "/keys/" + id, "Authorization", alice).statusCode());
    HttpResponse<String> revoked = send("GET", "/api/whoami", "X-API-Key", key);
    assertEquals(401, revoked.statusCode());
    assertEquals(List.of(CHALLENGE + ", error=\"invalid_key\""), challenges(revoked));
    assertEquals(404, send("DELETE", "/keys/" + id, "Authorization", alice).statusCode());
  }

  @Test
  void badKeysAndTokensAreRefusedWhereOnlyKeysCount() throws Exception {
    String key = field(send("POST", "/keys", "Authorization", "Bearer " + login("bob")), "api_key");

    HttpResponse<String> typo = send("GET", "/api/whoami", "X-API-Key", key + "x");
    assertEquals(401, typo.statusCode());
    assertEquals("application/problem+json", typo.headers().firstValue("Content-Type").orElse(""));
    assertEquals(List.of(CHALLENGE + ", error=\"invalid_key\""), challenges(typo));

    HttpResponse<String> token = send("GET", "/api/whoami", "Authorization", "Bearer " + login("bob"));
    assertEquals(401, token.statusCode());
    assertEquals(List.of(CHALLENGE), challenges(token));
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

    assertEquals(404, send("DELETE", "/keys/" + field(created, "id"), "Authorization", bob).statusCode());
    assertEquals(200, send("GET", "/api/whoami", "X-API-Key", key).statusCode());
  }

  private static String login(String user) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "username=" + user + "&password=" + user + "-password"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return field(response, "access_token");
  }

  /** A request without a body, with these headers (name, value, ...). */
  private static HttpResponse<String> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String field(HttpResponse<String> response, String name) {
    Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(response.body());
    assertTrue(value.find(), () -> name + " in " + response.statusCode() + " " + response.body());
    return value.group(1);
  }

  private static List<String> challenges(HttpResponse<String> response) {
    return response.headers().allValues("WWW-Authenticate");
  }
}
