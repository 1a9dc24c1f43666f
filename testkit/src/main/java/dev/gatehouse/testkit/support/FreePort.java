package dev.gatehouse.testkit.support;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.function.IntFunction;

/** For runtimes that cannot bind port 0 and report the port: pick a free one, retry on a race. */
public final class FreePort {

  private FreePort() {}

  /**
   * Calls {@code start} with a port free on 127.0.0.1 at the moment; if another process took it
   * first (a {@link BindException} anywhere in the cause chain), tries another, five times at most.
   */
  public static <T> T retry(IntFunction<T> start) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return start.apply(pick());
      } catch (RuntimeException e) {
        if (!causedByBind(e)) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  private static int pick() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("cannot find a free port", e);
    }
  }
}
