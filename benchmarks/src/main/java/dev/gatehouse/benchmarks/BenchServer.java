package dev.gatehouse.benchmarks;

import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import dev.gatehouse.runtime.jwt.TokenIssuer;
import java.io.BufferedWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The end-to-end benchmark server (Jersey + Grizzly on 127.0.0.1): {@code GET /hello} public,
 * {@code GET /secure/hello} behind {@code @Auth("jwt")}. Run by {@code benchmarks/e2e.sh}.
 *
 * <p>Arguments: the port (0: any free one), a file to write tokens to, and how many distinct
 * tokens to issue (one per line, valid for two hours, signed with a random secret made at start).
 * Prints {@code listening on port N} once the tokens are written and the server is up.
 */
public final class BenchServer {

  private BenchServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path tokens = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);

    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    GatehouseConfig config = GatehouseConfig.builder().secretKey(secret).build();
    TokenIssuer issuer = new TokenIssuer(config);
    try (BufferedWriter out = Files.newBufferedWriter(tokens)) {
      for (int i = 0; i < count; i++) {
        out.write(issuer.issue(
            Map.of("sub", "user" + i, "name", "User " + i, "permissions", List.of("articles:read")),
            Duration.ofHours(2)));
        out.newLine();
      }
    }

    ResourceConfig application =
        new ResourceConfig()
            .register(HelloResource.class)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .register(AuthenticationFeature.builder()
                .backend(new JwtAuthBackend(config))
                .userLoader(UserLoader.fromClaims())
                .build());
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:" + port + "/"), application);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    System.out.println("listening on port " + server.getListener("grizzly").getPort());
    System.out.flush();
    Thread.currentThread().join();
  }
}
