package dev.gatehouse.testkit.support;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Which jar a class was loaded from: proves which runtime and API versions a module really ran. */
public final class Jars {

  private Jars() {}

  /** The file name of the jar (or directory) {@code type} was loaded from: {@code jersey-server-4.0.2.jar}. */
  public static String of(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getFileName()
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
