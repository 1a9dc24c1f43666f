package dev.gatehouse.benchmarks;

import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.internal.GatehouseDynamicFeature;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compile time and deploy time of {@value #CLASSES} generated resource classes (one guarded
 * method each: class-level {@code @Auth("jwt")}, method-level {@code @HasPermission}).
 *
 * <ul>
 *   <li>javac with and without the Gatehouse processor, in this JVM (as Maven runs it), alternated;
 *       the first runs warm javac up and are reported separately; then the median of the rest.
 *   <li>Binding: {@link GatehouseDynamicFeature#create} (ServiceLoader, every index's bindings)
 *       plus one {@code configure} call per resource method (each builds its filter), as a
 *       runtime does at start-up: the first time (classes loaded then) and the median afterwards.
 * </ul>
 *
 * <p>Arguments: optional number of measured rounds (default 5); {@code bind-only} as the second
 * argument measures only the binding.
 */
public final class BuildCost {

  static final int CLASSES = 1000;

  private BuildCost() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Files.createTempDirectory("gatehouse-buildcost");
    try {
      List<Path> sources = writeSources(work.resolve("src"));
      String classPath = System.getProperty("java.class.path");

      if (args.length > 1 && args[1].equals("bind-only")) {
        compile(sources, classPath, work.resolve("with1"), true);
        bind(work.resolve("with1"), rounds);
        return;
      }
      System.out.printf("javac over %d resource classes (%d rounds, median)%n", CLASSES, rounds);
      long coldPlain = compile(sources, classPath, work.resolve("plain0"), false);
      long coldWith = compile(sources, classPath, work.resolve("with0"), true);
      List<Path> withGenerated = new ArrayList<>(sources);
      try (Stream<Path> generated = Files.walk(work.resolve("with0"))) {
        generated.filter(f -> f.toString().endsWith(".java")).forEach(withGenerated::add);
      }
      long[] plain = new long[rounds];
      long[] with = new long[rounds];
      long[] output = new long[rounds];
      for (int i = 0; i < rounds; i++) {
        plain[i] = compile(sources, classPath, work.resolve("plain" + (i + 1)), false);
        with[i] = compile(sources, classPath, work.resolve("with" + (i + 1)), true);
        output[i] = compile(withGenerated, classPath, work.resolve("output" + (i + 1)), false);
      }
      System.out.printf("  first run:  javac %6d ms, javac + Gatehouse %6d ms%n", coldPlain, coldWith);
      double p = median(plain);
      double w = median(with);
      System.out.printf(
          "  warm:       javac %6.0f ms, javac + Gatehouse %6.0f ms, ratio %.2f (target <= 1.15: %s)%n",
          p, w, w / p, w / p <= 1.15 ? "met" : "NOT MET");
      System.out.printf(
          "  of which compiling the %d generated sources (javac over resources + generated,"
              + " no processor): %.0f ms, ratio %.2f%n",
          withGenerated.size() - sources.size(), median(output), median(output) / p);

      bind(work.resolve("with1"), rounds);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static List<Path> writeSources(Path dir) throws IOException {
    Path pkg = dir.resolve("gen");
    Files.createDirectories(pkg);
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      Path file = pkg.resolve("Resource" + i + ".java");
      Files.writeString(
          file,
          "package gen;\n\n"
              + "import dev.gatehouse.annotations.Auth;\n"
              + "import dev.gatehouse.annotations.HasPermission;\n"
              + "import jakarta.ws.rs.GET;\n"
              + "import jakarta.ws.rs.Path;\n"
              + "import jakarta.ws.rs.PathParam;\n\n"
              + "@Path(\"/r" + i + "\")\n"
              + "@Auth(\"jwt\")\n"
              + "public class Resource" + i + " {\n"
              + "  @GET\n"
              + "  @Path(\"{id}\")\n"
              + "  @HasPermission(\"items:read:" + (i % 10) + "\")\n"
              + "  public String get(@PathParam(\"id\") String id) {\n"
              + "    return \"item \" + id + \" of " + i + "\";\n"
              + "  }\n"
              + "}\n");
      sources.add(file);
    }
    return sources;
  }

  /** Milliseconds of one javac run into {@code out}. */
  private static long compile(List<Path> sources, String classPath, Path out, boolean processor)
      throws IOException {
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", classPath, "-nowarn"));
    if (processor) {
      args.addAll(List.of(
          "-processorpath", classPath, "-processor", "dev.gatehouse.processor.GatehouseProcessor"));
    } else {
      args.add("-proc:none");
    }
    sources.forEach(s -> args.add(s.toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    long start = System.nanoTime();
    int status = javac.run(null, null, null, args.toArray(String[]::new));
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (status != 0) {
      throw new IllegalStateException("javac failed");
    }
    return millis;
  }

  private static void bind(Path classes, int rounds) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, BuildCost.class.getClassLoader());
    List<Class<?>> resources = new ArrayList<>();
    List<Method> methods = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      Class<?> resource = loader.loadClass("gen.Resource" + i);
      resources.add(resource);
      methods.add(resource.getMethod("get", String.class));
    }
    JwtAuthBackend backend = new JwtAuthBackend(Fixture.CONFIG);
    long[] split = new long[2];
    long first = bindAll(loader, backend, resources, methods, split);
    long[] times = new long[Math.max(rounds, 5)];
    for (int i = 0; i < times.length; i++) {
      times[i] = bindAll(loader, backend, resources, methods, new long[2]);
    }
    double warm = median(times) / 1e6;
    System.out.printf(
        "binding %d resource methods (create + configure each)%n"
            + "  at start-up (loads the generated classes): %.1f ms (target <= 50 ms: %s)%n"
            + "    create (ServiceLoader, %d indexes bind):  %.1f ms%n"
            + "    configure, once per method:              %.1f ms%n"
            + "  again, classes loaded (median of %d):      %.1f ms%n",
        CLASSES, first / 1e6, first / 1e6 <= 50 ? "met" : "NOT MET", CLASSES, split[0] / 1e6,
        split[1] / 1e6, times.length, warm);
  }

  /**
   * Nanoseconds to create the feature and configure every method, as a runtime does; {@code
   * split} gets the create and configure parts.
   */
  private static long bindAll(
      ClassLoader loader,
      JwtAuthBackend backend,
      List<Class<?>> resources,
      List<Method> methods,
      long[] split) {
    long start = System.nanoTime();
    GatehouseDynamicFeature feature =
        GatehouseDynamicFeature.create(List.of(backend), UserLoader.fromClaims(), loader);
    split[0] = System.nanoTime() - start;
    int filters = 0;
    for (int i = 0; i < methods.size(); i++) {
      filters += Deployment.filters(feature, resources.get(i), methods.get(i)).size();
    }
    long nanos = System.nanoTime() - start;
    split[1] = nanos - split[0];
    if (filters != methods.size()) {
      throw new IllegalStateException(filters + " filters for " + methods.size() + " methods");
    }
    return nanos;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
