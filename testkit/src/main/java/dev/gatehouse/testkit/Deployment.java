package dev.gatehouse.testkit;

import java.net.URI;

/** A started application; {@link #close()} stops the server. */
public interface Deployment extends AutoCloseable {

  /** {@code http://127.0.0.1:port}, without a trailing slash; resources are at its root. */
  URI base();

  @Override
  void close();

  /** A deployment at {@code base} that {@code stop} stops. */
  static Deployment of(URI base, Runnable stop) {
    return new Deployment() {
      @Override
      public URI base() {
        return base;
      }

      @Override
      public void close() {
        stop.run();
      }
    };
  }
}
