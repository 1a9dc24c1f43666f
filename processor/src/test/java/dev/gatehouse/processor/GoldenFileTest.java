package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles each fixture under {@code src/test/resources/fixtures/<case>/} with the processor and
 * compares everything it generates (the {@code *_Gatehouse.java} sources and the {@code
 * META-INF/services} index) byte for byte with {@code src/test/resources/golden/<case>/}. A case
 * without a golden directory expects no output at all.
 *
 * <p><b>Rewriting the golden files.</b> Set the environment variable {@value #GOLDEN_ROOT} to the
 * absolute path of the golden directory in the source tree; the test then writes what the processor
 * generates there (replacing each case's directory) instead of comparing, and passes:
 *
 * <pre>
 * GATEHOUSE_GOLDEN_ROOT=$PWD/processor/src/test/resources/golden mvn -pl processor test
 * </pre>
 *
 * Review the result with {@code git diff}. The variable must name a directory whose README.md
 * starts with "# Golden files", so a wrong path writes (and deletes) nothing.
 */
class GoldenFileTest {

  static final String GOLDEN_ROOT = "GATEHOUSE_GOLDEN_ROOT";

  /** The first line of the golden directory's README.md, which marks the directory. */
  private static final String README_TITLE = "# Golden files";

  static List<String> cases() {
    return Fixtures.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatedFilesMatchGoldenFiles(String caseName) throws IOException {
    Compilation compilation = Fixtures.compile(Fixtures.sources(caseName));
    // Generated code must compile cleanly under the build's lint settings.
    assertThat(compilation).succeededWithoutWarnings();
    SortedMap<String, byte[]> actual = Fixtures.generated(compilation);

    Path rewriteRoot = rewriteRoot();
    if (rewriteRoot != null) {
      rewrite(rewriteRoot.resolve(caseName), actual);
      return;
    }

    SortedMap<String, byte[]> expected = golden(caseName);
    assertEquals(
        expected.keySet(),
        actual.keySet(),
        "generated files of " + caseName + " (rewrite with " + GOLDEN_ROOT + ", see README.md)");
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      byte[] generated = actual.get(file.getKey());
      String where = "golden/" + caseName + "/" + file.getKey();
      // Text first, for a readable diff; then the bytes, so encoding and line ends count too.
      assertEquals(new String(file.getValue(), UTF_8), new String(generated, UTF_8), where);
      assertArrayEquals(file.getValue(), generated, where);
    }
  }

  /** Every golden directory belongs to a fixture, so a renamed case leaves no stale files. */
  @Test
  void everyGoldenCaseHasAFixture() throws IOException {
    try (Stream<Path> dirs = Files.list(Fixtures.resource("golden"))) {
      List<String> golden =
          dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
      assertTrue(cases().containsAll(golden), "golden " + golden + ", fixtures " + cases());
    }
  }

  private static SortedMap<String, byte[]> golden(String caseName) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    Path root = Fixtures.resource("golden").resolve(caseName);
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** The golden directory to rewrite, or null to compare. */
  private static Path rewriteRoot() {
    String value = System.getenv(GOLDEN_ROOT);
    if (value == null || value.isBlank()) {
      return null; // Maven passes an unset variable through as an empty one
    }
    Path root = Path.of(value).toAbsolutePath().normalize();
    if (!isGoldenDirectory(root)) {
      throw new IllegalStateException(
          GOLDEN_ROOT
              + "="
              + value
              + " is not the golden directory (its README.md starts with \""
              + README_TITLE
              + "\"); set it to the absolute path of processor/src/test/resources/golden");
    }
    return root;
  }

  private static boolean isGoldenDirectory(Path root) {
    try {
      Path readme = root.resolve("README.md");
      return Files.isRegularFile(readme)
          && Files.readAllLines(readme, UTF_8).stream().findFirst().orElse("").equals(README_TITLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rewrite(Path caseRoot, SortedMap<String, byte[]> files) {
    try {
      if (Files.exists(caseRoot)) {
        try (Stream<Path> walk = Files.walk(caseRoot)) {
          for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path target = caseRoot.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
