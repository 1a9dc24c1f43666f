package dev.gatehouse.benchmarks;

import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.internal.GatehouseDynamicFeature;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compile time and deploy time of {@value #CLASSES} generated resource classes (one guarded
 * method each: class-level {@code @Auth("jwt")}, method-level {@code @HasPermission}).
 *
 * <ul>
 *   <li>javac with and without the Gatehouse processor, in this JVM (as Maven runs it), alternated
 *       with three references that split the difference: javac with {@link OneFileProcessor} (what
 *       any source-generating processor costs), javac over the resources plus one one-line class
 *       per resource (what a generated file per resource costs, however small), and javac over
 *       the resources plus the sources Gatehouse generated (compiling them, no processor). The
 *       first round warms javac up and is reported apart; then the median of the rest.
 *   <li>Binding: {@link GatehouseDynamicFeature#create} (ServiceLoader, every index's bindings)
 *       plus one {@code configure} call per resource method (each builds its filter), as a
 *       runtime does at start-up: the first time (classes loaded then) and the median afterwards.
 * </ul>
 *
 * <p>Each time is given as wall time and as the CPU time of the compiling thread: on a machine
 * that other work shares, the second is the steadier, and the ratios use it.
 *
 * <p>Arguments: optional number of measured rounds (default 5); {@code bind-only} as the second
 * argument measures only the binding.
 */
public final class BuildCost {

  static final int CLASSES = 1000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Wall and thread CPU time of one run, in nanoseconds. */
  record Time(long wall, long cpu) {
    static Time since(long wall, long cpu) {
      return new Time(System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu);
    }
  }

  /** One javac configuration: its label and what it compiles. */
  private record Setup(String label, List<Path> sources, String processor) {}

  private BuildCost() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Files.createTempDirectory("gatehouse-buildcost");
    try {
      List<Path> sources = writeSources(work.resolve("src"));
      String classPath = System.getProperty("java.class.path");

      if (args.length > 1 && args[1].equals("bind-only")) {
        compile(sources, classPath, work.resolve("with1"), GATEHOUSE);
        bind(work.resolve("with1"), rounds);
        return;
      }
      compile(sources, classPath, work.resolve("with0"), GATEHOUSE);
      List<Path> withGenerated = new ArrayList<>(sources);
      try (Stream<Path> generated = Files.walk(work.resolve("with0"))) {
        generated.filter(f -> f.toString().endsWith(".java")).sorted().forEach(withGenerated::add);
      }
      List<Path> withOneLiners = new ArrayList<>(sources);
      withOneLiners.addAll(writeOneLiners(work.resolve("one-liners")));
      List<Setup> setups =
          List.of(
              new Setup("javac", sources, null),
              new Setup("javac + Gatehouse", sources, GATEHOUSE),
              new Setup("javac + a processor that writes one empty class", sources, ONE_FILE),
              new Setup(
                  "javac over the resources + " + CLASSES + " one-line classes",
                  withOneLiners,
                  null),
              new Setup(
                  "javac over the resources + the " + (withGenerated.size() - sources.size())
                      + " generated sources",
                  withGenerated,
                  null));
      Time[][] times = new Time[setups.size()][rounds + 1];
      for (int round = 0; round <= rounds; round++) {
        for (int i = 0; i < setups.size(); i++) {
          Setup setup = setups.get(i);
          Path out = work.resolve("out-" + i + "-" + round);
          times[i][round] = compile(setup.sources(), classPath, out, setup.processor());
        }
      }
      System.out.printf(
          "javac over %d resource classes: first round, then the median of %d"
              + " (wall / CPU of the compiling thread; ratio of CPU to plain javac's)%n",
          CLASSES, rounds);
      double plain = medianCpu(measured(times[0]));
      for (int i = 0; i < setups.size(); i++) {
        double cpu = medianCpu(measured(times[i]));
        System.out.printf(
            "  %-62s first %6d ms   %6.0f ms / %6.0f ms   %5.2f%s%n",
            setups.get(i).label(),
            times[i][0].wall() / 1_000_000,
            medianWall(measured(times[i])),
            cpu,
            cpu / plain,
            i == 1 ? "  (target <= 1.15: " + (cpu / plain <= 1.15 ? "met)" : "NOT MET)") : "");
      }

      bind(work.resolve("out-1-1"), rounds);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** All rounds but the first, which warms javac up. */
  private static Time[] measured(Time[] rounds) {
    return Arrays.copyOfRange(rounds, 1, rounds.length);
  }

  private static final String GATEHOUSE = "dev.gatehouse.processor.GatehouseProcessor";
  private static final String ONE_FILE = OneFileProcessor.class.getName();

  /** The smallest generated file per resource: one class that names it. */
  private static List<Path> writeOneLiners(Path dir) throws IOException {
    return writeClasses(
        dir,
        i -> "Resource" + i + "_Generated",
        i -> "package gen;\n\nfinal class Resource" + i + "_Generated {\n"
            + "  static final Class<?> RESOURCE = Resource" + i + ".class;\n}\n");
  }

  private static List<Path> writeSources(Path dir) throws IOException {
    return writeClasses(
        dir,
        i -> "Resource" + i,
        i -> "package gen;\n\n"
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
  }

  /** {@value #CLASSES} classes of package {@code gen} under {@code dir}: class i named name(i). */
  private static List<Path> writeClasses(
      Path dir, IntFunction<String> name, IntFunction<String> text) throws IOException {
    Path pkg = dir.resolve("gen");
    Files.createDirectories(pkg);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      Path file = pkg.resolve(name.apply(i) + ".java");
      Files.writeString(file, text.apply(i));
      files.add(file);
    }
    return files;
  }

  /** One javac run into {@code out}, with {@code processor} (a class name) or none. */
  private static Time compile(List<Path> sources, String classPath, Path out, String processor)
      throws IOException {
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", classPath, "-nowarn"));
    if (processor != null) {
      args.addAll(List.of("-processorpath", classPath, "-processor", processor));
    } else {
      args.add("-proc:none");
    }
    sources.forEach(s -> args.add(s.toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    int status = javac.run(null, null, null, args.toArray(String[]::new));
    Time time = Time.since(wall, cpu);
    if (status != 0) {
      throw new IllegalStateException("javac failed");
    }
    return time;
  }

  private static void bind(Path classes, int rounds) throws Exception {
    URLClassLoader loader = new OutputFirstLoader(classes);
    List<Class<?>> resources = new ArrayList<>();
    List<Method> methods = new ArrayList<>();
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < CLASSES; i++) {
      Class<?> resource = loader.loadClass("gen.Resource" + i);
      resources.add(resource);
      // What every runtime does before it offers a method to a DynamicFeature: find the class's
      // methods and read their annotations (@GET, @Path), which the JDK then keeps.
      resource.getAnnotations();
      for (Method method : resource.getMethods()) {
        method.getAnnotations();
      }
      methods.add(resource.getMethod("get", String.class));
    }
    Time loading = Time.since(wall, cpu);
    JwtAuthBackend backend = new JwtAuthBackend(Fixture.CONFIG);
    Time[] first = bindAll(loader, backend, resources, methods);
    Time[] again = new Time[Math.max(rounds, 5)];
    for (int i = 0; i < again.length; i++) {
      again[i] = bindAll(loader, backend, resources, methods)[0];
    }
    System.out.printf(
        "binding %d resource methods (create + configure each; wall / CPU of the thread)%n"
            + "  at start-up, loading the generated classes: %6.1f ms / %6.1f ms"
            + "  (target <= 50 ms: %s)%n"
            + "    create (ServiceLoader, %d indexes bind):  %6.1f ms / %6.1f ms%n"
            + "    configure, once per method:              %6.1f ms / %6.1f ms%n"
            + "  again, classes loaded (median of %d):      %6.1f ms / %6.1f ms%n"
            + "  for scale, not counted: loading the %d resource classes and finding their"
            + " methods, as the runtime does before: %.1f ms / %.1f ms%n",
        CLASSES, ms(first[0].wall()), ms(first[0].cpu()),
        ms(first[0].cpu()) <= 50 ? "met" : "NOT MET",
        CLASSES, ms(first[1].wall()), ms(first[1].cpu()),
        ms(first[2].wall()), ms(first[2].cpu()),
        again.length, medianWall(again), medianCpu(again),
        CLASSES, ms(loading.wall()), ms(loading.cpu()));
  }

  /**
   * Loads the compiled {@code gen} classes before asking its parent, as an application's own
   * classes come first on its class path: else each load would first search every jar of this
   * benchmark's class path, a cost no deployment pays.
   */
  private static final class OutputFirstLoader extends URLClassLoader {
    OutputFirstLoader(Path classes) throws IOException {
      super(new URL[] {classes.toUri().toURL()}, BuildCost.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("gen.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }
  }

  /**
   * The time to create the feature and configure every method, as a runtime does: the whole, the
   * create part and the configure part.
   */
  private static Time[] bindAll(
      ClassLoader loader, JwtAuthBackend backend, List<Class<?>> resources, List<Method> methods) {
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    GatehouseDynamicFeature feature =
        GatehouseDynamicFeature.create(List.of(backend), UserLoader.fromClaims(), loader);
    Time create = Time.since(wall, cpu);
    int filters = 0;
    for (int i = 0; i < methods.size(); i++) {
      filters += Deployment.filters(feature, resources.get(i), methods.get(i)).size();
    }
    Time whole = Time.since(wall, cpu);
    if (filters != methods.size()) {
      throw new IllegalStateException(filters + " filters for " + methods.size() + " methods");
    }
    return new Time[] {
      whole, create, new Time(whole.wall() - create.wall(), whole.cpu() - create.cpu())
    };
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** Median wall milliseconds. */
  private static double medianWall(Time[] times) {
    return median(times, Time::wall);
  }

  private static double medianCpu(Time[] times) {
    return median(times, Time::cpu);
  }

  private static double median(Time[] times, java.util.function.ToLongFunction<Time> part) {
    long[] sorted = Arrays.stream(times).mapToLong(part).sorted().toArray();
    int n = sorted.length;
    return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
  }
}
