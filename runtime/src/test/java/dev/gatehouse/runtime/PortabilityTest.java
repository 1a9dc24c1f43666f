package dev.gatehouse.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Application;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime stays portable: none of its classes refers to an implementation of Jakarta REST, no
 * implementation is on its class path, and it is compiled against the 3.1 API. The runtime
 * modules under {@code runtimes/} show it working on each implementation.
 */
class PortabilityTest {

  /** Package prefixes of Jersey (and HK2, Grizzly), RESTEasy (and Undertow), CXF (and Jetty). */
  static final List<String> IMPLEMENTATIONS =
      List.of("org/glassfish/", "org/jboss/", "io/undertow/", "org/apache/cxf/", "org/eclipse/jetty/");

  @Test
  void noRuntimeClassRefersToAnImplementation() throws Exception {
    Path classes = Path.of(AuthenticationFeature.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    List<String> offenders = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        scanned++;
        // Class names in the constant pool are UTF-8 with '/' separators.
        String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String prefix : IMPLEMENTATIONS) {
          if (pool.contains(prefix)) {
            offenders.add(classes.relativize(file) + " -> " + prefix);
          }
        }
      }
    }
    assertTrue(scanned > 20, "scanned only " + scanned + " class files in " + classes);
    assertEquals(List.of(), offenders);
  }

  @Test
  void noImplementationOnTheClassPathAndTheApiIs31() throws IOException, URISyntaxException {
    List<String> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      jars.add(Path.of(entry).getFileName().toString());
    }
    List<String> offenders =
        jars.stream()
            .filter(jar -> jar.startsWith("jersey-") || jar.startsWith("resteasy-")
                || jar.startsWith("cxf-") || jar.startsWith("jetty-") || jar.startsWith("undertow-")
                || jar.startsWith("grizzly-") || jar.startsWith("hk2-"))
            .toList();
    assertEquals(List.of(), offenders);
    assertEquals(
        "jakarta.ws.rs-api-3.1.0.jar",
        Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getFileName()
            .toString());
  }
}
