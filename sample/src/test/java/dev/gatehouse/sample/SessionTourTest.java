package dev.gatehouse.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's session tour (the cookie jar part), request for request, against the sample. */
class SessionTourTest {

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

  private static HttpResponse<String> send(
      String method, String path, String cookie, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    request.method(method, HttpRequest.BodyPublishers.noBody());
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> login(String user) throws Exception {
    HttpResponse<String> login =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/session/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + user + "-password"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode(), login.body());
    return login;
  }

  @Test
  void theSessionTour() throws Exception {
    HttpResponse<String> login = login("alice");
    Matcher token = Pattern.compile("\"csrf_token\":\"([^\"]+)\"").matcher(login.body());
    assertTrue(token.find(), login.body());
    String csrf = token.group(1);
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.endsWith("; Path=/; HttpOnly; SameSite=Lax"), setCookie);
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    assertEquals(
        "{\"identity\":\"alice\",\"name\":\"Alice Liddell\",\"scheme\":\"session\",\"admin\":true}",
        send("GET", "/me", cookie).body());
    HttpResponse<String> page = send("GET", "/page", cookie);
    assertTrue(
        page.body().contains("<meta name=\"csrf-token\" content=\"" + csrf + "\">"), page.body());
    assertEquals(401, send("GET", "/page", null).statusCode());

    assertEquals(403, send("POST", "/session/logout", cookie).statusCode());
    assertEquals(
        403,
        send(
                "POST",
                "/session/logout",
                cookie,
                "Origin",
                "https://evil.example",
                "X-CSRF-Token",
                csrf)
            .statusCode());
    HttpResponse<String> logout = send("POST", "/session/logout", cookie, "X-CSRF-Token", csrf);
    assertEquals(204, logout.statusCode());
    assertTrue(logout.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
    assertEquals(401, send("GET", "/me", cookie).statusCode(), "the old cookie replayed");
  }

  @Test
  void aSameOriginPageNeedsNoTokenHeader() throws Exception {
    HttpResponse<String> login = login("bob");
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    assertEquals(204, send("POST", "/session/logout", cookie, "Origin", base).statusCode());
  }
}
