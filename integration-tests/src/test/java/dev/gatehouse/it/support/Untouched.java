package dev.gatehouse.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The resource method and entity counters at one moment, to prove later that a refused request
 * ran no resource method and read no entity:
 *
 * <pre>{@code
 * Untouched before = Untouched.now();
 * server.get("/s/protected").send().assertUnauthorized(...);
 * before.assertStill();
 * }</pre>
 */
public record Untouched(int invocations, int reads) {

  public static Untouched now() {
    return new Untouched(Calls.INVOCATIONS.get(), ProbeReader.READS.get());
  }

  public void assertStill() {
    assertEquals(invocations, Calls.INVOCATIONS.get(), "the resource method ran");
    assertEquals(reads, ProbeReader.READS.get(), "the request entity was read");
  }
}
