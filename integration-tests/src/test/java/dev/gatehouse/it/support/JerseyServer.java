package dev.gatehouse.it.support;

import dev.gatehouse.runtime.AuthenticationFeature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Jersey on Grizzly, bound to 127.0.0.1 on a free port, with the given resources, the {@link
 * ProbeReader} and an {@link AuthenticationFeature}; one server per test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final JerseyServer server =
 *     JerseyServer.of(TestSetup::feature, SemanticsResource.class);
 * }</pre>
 *
 * <p>Requests go through {@link java.net.http.HttpClient} (HTTP/1.1, loopback only).
 */
public final class JerseyServer implements BeforeAllCallback, AfterAllCallback {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Supplier<AuthenticationFeature> feature;
  private final List<Class<?>> resources;
  private HttpServer server;
  private URI base;

  private JerseyServer(Supplier<AuthenticationFeature> feature, List<Class<?>> resources) {
    this.feature = feature;
    this.resources = resources;
  }

  /** A server for these resources; the feature is built when the test class starts. */
  public static JerseyServer of(Supplier<AuthenticationFeature> feature, Class<?>... resources) {
    return new JerseyServer(feature, List.of(resources));
  }

  /** The Jersey application: resources, the probe reader, the feature, no WADL. */
  public static ResourceConfig application(AuthenticationFeature feature, Class<?>... resources) {
    ResourceConfig config = new ResourceConfig();
    for (Class<?> resource : resources) {
      config.register(resource);
    }
    config.register(ProbeReader.class);
    config.register(feature);
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    return config;
  }

  /**
   * Starts Grizzly with this application on 127.0.0.1 and a free port. Whatever Jersey throws
   * while it initialises the application propagates.
   */
  public static HttpServer start(ResourceConfig application) {
    IllegalStateException bindFailure = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return start(application, freePort());
      } catch (jakarta.ws.rs.ProcessingException e) {
        // Another process took the port between freePort() and bind: try another one.
        if (!(e.getCause() instanceof java.net.BindException)) {
          throw e;
        }
        bindFailure = new IllegalStateException("no free port", e);
      }
    }
    throw bindFailure;
  }

  /** Starts Grizzly with this application on 127.0.0.1:{@code port}. */
  public static HttpServer start(ResourceConfig application, int port) {
    URI uri = URI.create("http://127.0.0.1:" + port + "/");
    return GrizzlyHttpServerFactory.createHttpServer(uri, application, true);
  }

  /** A port nothing listens on at the moment. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("cannot find a free port", e);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = start(application(feature.get(), resources.toArray(Class<?>[]::new)));
    int port = server.getListeners().iterator().next().getPort();
    base = URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.shutdownNow();
      server = null;
    }
  }

  /** The base URI, {@code http://127.0.0.1:port}, without a trailing slash. */
  public URI base() {
    return Objects.requireNonNull(base, "server not started");
  }

  /** A request to start from; {@code path} is appended verbatim (it may hold {@code //}, {@code %2F}). */
  public Call call(String method, String path) {
    return new Call(method, base() + path);
  }

  public Call get(String path) {
    return call("GET", path);
  }

  public Call post(String path) {
    return call("POST", path);
  }

  /** Requests to a server started with {@link #start}. */
  public static Client client(HttpServer server) {
    return new Client(URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort()));
  }

  /** Builds requests to one base URI. */
  public static final class Client {
    private final URI base;

    private Client(URI base) {
      this.base = base;
    }

    public Call call(String method, String path) {
      return new Call(method, base + path);
    }

    public Call get(String path) {
      return call("GET", path);
    }

    public Call post(String path) {
      return call("POST", path);
    }
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

    /** As user {@code identity} of the "header" backend, with these permissions. */
    public Call as(String identity, String... permissions) {
      header(HeaderBackend.USER, identity);
      if (permissions.length > 0) {
        header(HeaderBackend.PERMISSIONS, String.join(" ", permissions));
      }
      return this;
    }

    /** As user {@code identity} of the "other" backend, with these permissions. */
    public Call asOther(String identity, String... permissions) {
      header(OtherBackend.USER, identity);
      if (permissions.length > 0) {
        header(OtherBackend.PERMISSIONS, String.join(" ", permissions));
      }
      return this;
    }

    public Call body(String contentType, String body) {
      this.contentType = contentType;
      this.body = body;
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
        return new Reply(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new IllegalStateException(method + " " + uri + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(method + " " + uri + " interrupted", e);
      }
    }
  }
}
