package dev.gatehouse.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Compiles test sources with the Gatehouse processor and collects what it generated.
 *
 * <p>Fixtures live under {@code src/test/resources/fixtures/<case>/}, laid out as a source tree
 * ({@code com/example/orders/OrderResource.java}); each case is compiled on its own.
 */
final class Fixtures {

  /** Lint as the build does: everything but "no processor claimed these annotations". */
  static final String LINT = "-Xlint:all,-processing";

  private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private Fixtures() {}

  /** The names of the fixture cases, sorted. */
  static List<String> cases() {
    try (Stream<Path> dirs = Files.list(resource("fixtures"))) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sources of a fixture case, in a fixed order (sorted by path). */
  static List<JavaFileObject> sources(String caseName) {
    Path root = resource("fixtures/" + caseName);
    try (Stream<Path> files = Files.walk(root)) {
      List<JavaFileObject> sources = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
      if (sources.isEmpty()) {
        throw new IllegalStateException("fixture " + caseName + " has no .java files");
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** javac with the Gatehouse processor, the test class path and the build's lint options. */
  static Compiler gatehouse() {
    return javac().withProcessors(new GatehouseProcessor()).withOptions(LINT);
  }

  static Compilation compile(List<JavaFileObject> sources) {
    return gatehouse().compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return gatehouse().compile(sources);
  }

  /**
   * Everything the processor wrote, by path relative to its output root: generated sources
   * ({@code com/example/Foo_Gatehouse.java}) and resources ({@code META-INF/services/...}), but
   * not class files.
   */
  static SortedMap<String, byte[]> generated(Compilation compilation) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      String path;
      if (uri.startsWith(SOURCE_OUTPUT)) {
        path = uri.substring(SOURCE_OUTPUT.length());
      } else if (uri.startsWith(CLASS_OUTPUT) && !uri.endsWith(".class")) {
        path = uri.substring(CLASS_OUTPUT.length());
      } else {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        files.put(path, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** The class path entry (jar or directory) that holds {@code type}. */
  static File classPathEntryOf(String type) {
    try {
      Class<?> loaded = Class.forName(type, false, Fixtures.class.getClassLoader());
      return new File(loaded.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + type + " on the test class path", e);
    }
  }

  /** A test resource that is a file or directory on disk (Maven copies them to test-classes). */
  static Path resource(String name) {
    URL url = Fixtures.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
