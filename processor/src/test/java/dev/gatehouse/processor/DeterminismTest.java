package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two builds of the same sources give byte-identical output, with nothing that varies by build. */
class DeterminismTest {

  /** A date or time in the output: an ISO date, or a {@code date} member of {@code @Generated}. */
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\bdate\\s*=|\\d{2}:\\d{2}:\\d{2}");

  static List<String> cases() {
    return Fixtures.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void twoCompilationsGiveIdenticalFiles(String caseName) {
    List<JavaFileObject> sources = Fixtures.sources(caseName);
    SortedMap<String, byte[]> first = generated(sources);
    SortedMap<String, byte[]> second = generated(sources);

    assertEquals(first.keySet(), second.keySet());
    for (Map.Entry<String, byte[]> file : first.entrySet()) {
      assertArrayEquals(file.getValue(), second.get(file.getKey()), file.getKey());
    }
  }

  /** The order javac is given the sources in does not leak into the output. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sourceOrderDoesNotMatter(String caseName) {
    List<JavaFileObject> sources = Fixtures.sources(caseName);
    List<JavaFileObject> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    SortedMap<String, byte[]> inOrder = generated(sources);
    SortedMap<String, byte[]> inReverse = generated(reversed);

    assertEquals(inOrder.keySet(), inReverse.keySet());
    for (Map.Entry<String, byte[]> file : inOrder.entrySet()) {
      assertArrayEquals(file.getValue(), inReverse.get(file.getKey()), file.getKey());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void noTimestamps(String caseName) {
    for (Map.Entry<String, byte[]> file : generated(Fixtures.sources(caseName)).entrySet()) {
      String text = new String(file.getValue(), UTF_8);
      assertFalse(TIMESTAMP.matcher(text).find(), file.getKey() + " carries a timestamp:\n" + text);
      if (file.getKey().endsWith(".java")) {
        assertTrue(
            text.contains("\n@Generated(\"dev.gatehouse.processor.GatehouseProcessor\")\n"),
            file.getKey() + " lacks the plain @Generated(processor name)");
      }
    }
  }

  private static SortedMap<String, byte[]> generated(List<JavaFileObject> sources) {
    Compilation compilation = Fixtures.compile(sources);
    assertThat(compilation).succeeded();
    return Fixtures.generated(compilation);
  }
}
