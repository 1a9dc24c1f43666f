package dev.gatehouse.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link FilterBenchmark} and {@link BackendBenchmark} (with the GC profiler, for bytes per
 * operation) in one JMH run and prints ns/op (of the fastest measurement iteration), B/op and the
 * ratios between contenders, and the targets.
 *
 * <p>Arguments are JMH's own ({@code -f 1 -wi 3 -i 5 -w 1s -r 1s}); they override the defaults.
 */
public final class RatioRunner {

  private static final String[] CASES = {"allowedRepeated", "allowedFresh", "noCredentials", "forbidden"};
  /** The {@link BackendBenchmark} cases, each with the floor it is compared to. */
  private static final String[][] BACKEND_CASES = {
    {"keyAllowed", "sha256"}, {"keyForbidden", "sha256"},
    {"sessionAllowed", "sessionLookup"}, {"sessionForbidden", "sessionLookup"}
  };
  private static final String[] CONTENDERS = {"gatehouse", "reflective", "jersey"};

  private RatioRunner() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions given = new CommandLineOptions(args);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .parent(given)
            .include(FilterBenchmark.class.getName())
            .include(BackendBenchmark.class.getName())
            .addProfiler(GCProfiler.class);
    // Short but honest defaults; every one of them can be given on the command line instead.
    if (!given.getForkCount().hasValue()) {
      options.forks(1);
    }
    if (!given.getWarmupIterations().hasValue()) {
      options.warmupIterations(3);
    }
    if (!given.getMeasurementIterations().hasValue()) {
      options.measurementIterations(5);
    }
    if (!given.getWarmupTime().hasValue()) {
      options.warmupTime(TimeValue.seconds(1));
    }
    if (!given.getMeasurementTime().hasValue()) {
      options.measurementTime(TimeValue.seconds(1));
    }
    print(new Runner(options.build()).run());
  }

  /** One score: ns/op and B/op. */
  record Score(double nanos, double bytes) {}

  static void print(Collection<RunResult> results) {
    Map<String, Score> scores = new HashMap<>();
    for (RunResult run : results) {
      BenchmarkParams params = run.getParams();
      String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      String contender = params.getParam("contender");
      String key = contender == null ? method : contender + "." + method;
      Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
      scores.put(key, new Score(best(run), alloc == null ? Double.NaN : alloc.getScore()));
    }
    System.out.println();
    System.out.println("Full filter path, ns/op of the fastest iteration (B/op); ratios are Gatehouse / other,"
            + " lower is better");
    System.out.printf(
        "%-16s %20s %20s %20s %12s %12s %12s%n",
        "case", "gatehouse", "reflective", "jersey", "vs reflect.", "vs jersey", "vs HMAC");
    Score floor = scores.get("hmac");
    for (String c : CASES) {
      row(scores, c, floor);
    }
    Score nimbus = scores.get("nimbusProcessorFresh");
    System.out.printf("%-16s %20s%n", "HMAC floor", cell(floor));
    System.out.printf("%-16s %20s%n", "Nimbus process", cell(nimbus));
    System.out.println();
    System.out.println("API key and session requests (in-memory store), same columns; the floor is"
        + " SHA-256 of the key, or the session's map lookup");
    System.out.printf(
        "%-16s %20s %20s %20s %12s %12s %12s%n",
        "case", "gatehouse", "reflective", "jersey", "vs reflect.", "vs jersey", "vs floor");
    for (String[] c : BACKEND_CASES) {
      row(scores, c[0], scores.get(c[1]));
    }
    System.out.printf("%-16s %20s%n", "SHA-256 floor", cell(scores.get("sha256")));
    System.out.printf("%-16s %20s%n", "session lookup", cell(scores.get("sessionLookup")));
    System.out.println();
    System.out.println("Targets");
    target(
        "allowed, fresh token <= 0.7 x DefaultJWTProcessor.process",
        scores.get("gatehouse.allowedFresh"), nimbus, 0.7);
    target(
        "allowed, repeated token <= 5 x HMAC floor",
        scores.get("gatehouse.allowedRepeated"), floor, 5.0);
  }

  /** One case: each contender's score, and Gatehouse's ratio to the others and to the floor. */
  private static void row(Map<String, Score> scores, String c, Score floor) {
    Score g = scores.get("gatehouse." + c);
    Score r = scores.get("reflective." + c);
    Score j = scores.get("jersey." + c);
    System.out.printf(
        "%-16s %20s %20s %20s %12s %12s %12s%n",
        c, cell(g), cell(r), cell(j), ratio(g, r), ratio(g, j), ratio(g, floor));
  }

  /**
   * The fastest measurement iteration: on a shared machine other processes only ever add time, so
   * the least disturbed iteration is the closest to the code's own cost (JMH's mean is printed
   * above the table).
   */
  private static double best(RunResult run) {
    double best = Double.MAX_VALUE;
    for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
      for (IterationResult iteration : benchmark.getIterationResults()) {
        best = Math.min(best, iteration.getPrimaryResult().getScore());
      }
    }
    return best;
  }

  private static void target(String what, Score score, Score base, double limit) {
    if (score == null || base == null) {
      System.out.printf("  %-60s not measured%n", what);
      return;
    }
    double ratio = score.nanos() / base.nanos();
    System.out.printf("  %-60s %6.2f  %s%n", what, ratio, ratio <= limit ? "met" : "NOT MET");
  }

  private static String cell(Score s) {
    return s == null ? "-" : String.format("%.0f (%.0f)", s.nanos(), s.bytes());
  }

  private static String ratio(Score a, Score b) {
    return a == null || b == null ? "-" : String.format("%.2f", a.nanos() / b.nanos());
  }
}
