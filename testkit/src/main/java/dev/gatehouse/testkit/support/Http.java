package dev.gatehouse.testkit.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests to one deployed application over real HTTP/1.1 on loopback ({@link HttpClient}; the
 * h2c upgrade it would otherwise try breaks Grizzly).
 */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI base;

  public Http(URI base) {
    this.base = base;
  }

  /** A request; {@code path} is appended to the base verbatim (it may hold {@code //}, {@code ;}). */
  public Call call(String method, String path) {
    return new Call(method, base + path);
  }

  public Call get(String path) {
    return call("GET", path);
  }

  public Call post(String path) {
    return call("POST", path);
  }

  /** A request being built. */
  public static final class Call {
    private final String method;
    private final String uri;
    private final List<String> headers = new ArrayList<>();
    private String body;
    private String contentType;

    private Call(String method, String uri) {
      this.method = method;
      this.uri = uri;
    }

    public Call header(String name, String value) {
      headers.add(name);
      headers.add(value);
      return this;
    }

    /** As user {@code identity} of the {@code header} backend, with these permissions. */
    public Call as(String identity, String... permissions) {
      return as(HeaderBackend.HEADER, identity, permissions);
    }

    /** As user {@code identity} of the {@code other} backend, with these permissions. */
    public Call asOther(String identity, String... permissions) {
      return as(HeaderBackend.OTHER, identity, permissions);
    }

    private Call as(HeaderBackend backend, String identity, String... permissions) {
      header(backend.userHeader(), identity);
      if (permissions.length > 0) {
        header(backend.permissionsHeader(), String.join(" ", permissions));
      }
      return this;
    }

    /** With {@code Authorization: Bearer token}. */
    public Call bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    /** A {@link Probe} entity, which only {@link ProbeReader} reads. */
    public Call probe(String text) {
      this.contentType = ProbeReader.TYPE;
      this.body = text;
      return this;
    }

    public Reply send() {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10));
      for (int i = 0; i < headers.size(); i += 2) {
        request.header(headers.get(i), headers.get(i + 1));
      }
      if (body != null) {
        request.header("Content-Type", contentType);
        request.method(method, HttpRequest.BodyPublishers.ofString(body));
      } else {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      }
      try {
        HttpResponse<String> response =
            CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(method + " " + uri, response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new IllegalStateException(method + " " + uri + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(method + " " + uri + " interrupted", e);
      }
    }
  }
}
