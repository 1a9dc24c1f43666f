package dev.gatehouse.sample;

import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.apikey.ApiKeyAuthBackend;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import dev.gatehouse.runtime.jwt.TokenIssuer;
import dev.gatehouse.runtime.session.SessionAuthBackend;
import dev.gatehouse.runtime.session.SessionFeature;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Gatehouse sample: Jersey on Grizzly, 127.0.0.1:8080 by default.
 *
 * <p>Settings: {@code PORT} / {@code -Dport} (default 8080), {@code HOST} / {@code -Dhost}
 * (default 127.0.0.1), and Gatehouse's own {@code GATEHOUSE_*} variables ({@link
 * GatehouseConfig#fromEnvironment()}). Without {@code GATEHOUSE_SECRET_KEY} the sample makes a
 * random secret at start, so tokens last until the server stops.
 */
public final class SampleServer {

  private static final System.Logger LOG = System.getLogger("dev.gatehouse.sample");

  private SampleServer() {}

  public static void main(String[] args) throws Exception {
    String host = setting("host", "HOST", "127.0.0.1");
    int port = Integer.parseInt(setting("port", "PORT", "8080"));
    HttpServer server = start(host, port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    System.out.printf(
        "Gatehouse sample listening on http://%s:%d/ (Ctrl-C stops it)%n",
        host, server.getListener("grizzly").getPort());
    Thread.currentThread().join();
  }

  /** Starts the sample on {@code host:port} (port 0: any free port). */
  public static HttpServer start(String host, int port) {
    GatehouseConfig config = config();
    return GrizzlyHttpServerFactory.createHttpServer(
        URI.create("http://" + host + ":" + port + "/"), application(config));
  }

  /** The application: the sample's resources and Gatehouse, registered in one line. */
  static ResourceConfig application(GatehouseConfig config) {
    ApiKeyStore apiKeys = new ApiKeyStore(); // API keys: only their hashes, in memory
    ResourceConfig resources =
        new ResourceConfig()
            .register(HelloResource.class)
            .register(ProfileResource.class)
            .register(ArticleResource.class)
            .register(AdminResource.class)
            .register(LoginResource.class)
            .register(ApiKeyResource.class)
            .register(MachineResource.class)
            .register(SessionLoginResource.class)
            .register(PageResource.class)
            .property(LoginResource.ISSUER_PROPERTY, new TokenIssuer(config))
            .property(ApiKeyResource.STORE_PROPERTY, apiKeys)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);

    // Sessions: GATEHOUSE_SESSION_STORE=cookie picks the signed-cookie store. Secure is off
    // because the sample serves plain http; keep it on behind https.
    resources.register(SessionFeature.fromEnvironment(config).secureCookie(false).build());
    resources.register(
        AuthenticationFeature.builder()
            .backend(new JwtAuthBackend(config))
            .backend(ApiKeyAuthBackend.builder(apiKeys).realm(config.realm()).build())
            .backend(new SessionAuthBackend())
            .userLoader(UserLoader.byIdentity(DemoUsers::loadUser))
            .build());
    return resources;
  }

  private static GatehouseConfig config() {
    GatehouseConfig.Builder config = GatehouseConfig.fromEnvironment();
    if (System.getenv("GATEHOUSE_SECRET_KEY") == null
        && System.getProperty("gatehouse.secret-key") == null) {
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      config.secretKey("base64:" + Base64.getEncoder().encodeToString(secret));
      LOG.log(
          System.Logger.Level.INFO,
          "GATEHOUSE_SECRET_KEY is not set: using a random secret; tokens last until restart");
    }
    return config.build();
  }

  private static String setting(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
