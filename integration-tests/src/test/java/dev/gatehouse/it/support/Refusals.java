package dev.gatehouse.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Startup refusals: the application must not start, the refusal is Gatehouse's own exception
 * (not wrapped by Jersey), nothing listens and no resource method ran.
 *
 * <p>Jersey 4.0.2 behaviour, established by these tests: an exception thrown by a {@code
 * DynamicFeature.configure} (or a {@code Feature.configure}) while {@code ApplicationHandler}
 * initialises propagates unwrapped out of {@code GrizzlyHttpServerFactory.createHttpServer}, which
 * builds the container before it binds, so no port is ever opened.
 */
public final class Refusals {

  private Refusals() {}

  /** Starts the application, expects the refusal, checks nothing listens and no method ran. */
  public static GatehouseConfigurationException refusal(ResourceConfig application) {
    int port = JerseyServer.freePort();
    int invocations = Calls.INVOCATIONS.get();
    Throwable thrown = null;
    try {
      HttpServer server = JerseyServer.start(application, port);
      server.shutdownNow();
    } catch (RuntimeException e) {
      thrown = e;
    }
    if (thrown == null) {
      fail("the application started");
    }
    Throwable refusal = thrown;
    assertTrue(
        refusal instanceof GatehouseConfigurationException,
        () -> "Jersey wrapped the refusal: " + refusal);
    assertNothingListensOn(port);
    assertEquals(invocations, Calls.INVOCATIONS.get());
    return (GatehouseConfigurationException) thrown;
  }

  private static void assertNothingListensOn(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      fail("something listens on " + port + " after a refused start");
    } catch (ConnectException expected) {
      // refused: nothing bound
    } catch (IOException e) {
      fail("unexpected " + e);
    }
  }

  public static void assertMessageContains(Throwable e, String... parts) {
    for (String part : parts) {
      assertTrue(
          e.getMessage().contains(part), () -> "message lacks \"" + part + "\": " + e.getMessage());
    }
  }
}
