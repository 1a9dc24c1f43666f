package dev.gatehouse.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.testkit.resources.SemanticsResource;
import dev.gatehouse.testkit.support.ProbeReader;
import dev.gatehouse.testkit.support.Reply;
import dev.gatehouse.testkit.support.TestUsers;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Where runtimes route differently: HEAD, OPTIONS, unsupported methods, unknown paths and odd
 * spellings of a protected path. Whatever the runtime does, the protected method never runs
 * unchecked, and a refusal looks the same everywhere.
 */
public abstract class HttpMethodCases extends KitCase {


  @Override
  protected TestApplication application() {
    return new TestApplication(
        List.of(SemanticsResource.class, ProbeReader.class), List.of(TestUsers.feature()));
  }

  @Test
  void headOfAProtectedGetIs401WithTheChallengesAndNoBody() {
    Reply reply = http.call("HEAD", "/s/protected").send();
    assertEquals(401, reply.status());
    assertEquals(List.of(HEADER, OTHER), reply.challenges());
    assertEquals("", reply.body());
    assertNotRun();
  }

  @Test
  void headOfADenyAllGetIs403() {
    assertEquals(403, http.call("HEAD", "/s/deny").as("alice").send().status());
    assertNotRun();
  }

  @Test
  void headOfAProtectedGetRunsTheCheckedMethodWhenAdmitted() {
    Reply reply = http.call("HEAD", "/s/protected").as("alice").send();
    assertEquals(200, reply.status());
    assertEquals("", reply.body());
  }

  /**
   * The methods a runtime lists in {@code Allow} for {@code OPTIONS /s/protected} (GET and POST
   * exist there). A known difference: CXF 4.1 lists only one of them.
   */
  protected Set<String> expectedAllow() {
    return Set.of("GET", "HEAD", "POST", "OPTIONS");
  }

  /** The runtime answers OPTIONS itself; Gatehouse does not guard it, and no method runs. */
  @Test
  void optionsIsAnsweredByTheRuntimeWithoutRunningAMethod() {
    Reply reply = http.call("OPTIONS", "/s/protected").send();
    assertNotRun();
    assertEquals(200, reply.status());
    Set<String> allow = new TreeSet<>();
    for (String method : reply.header("Allow").split(",")) {
      allow.add(method.trim());
    }
    assertEquals(new TreeSet<>(expectedAllow()), allow);
  }

  @Test
  void unsupportedMethodIs405AndNeverRunsAMethod() {
    Reply reply = http.call("PUT", "/s/protected").probe("x").send();
    assertEquals(405, reply.status());
    assertNotRun();
  }

  @Test
  void unknownPathIs404() {
    assertEquals(404, http.get("/s/nothing-here").send().status());
    assertEquals(404, http.get("/nothing-here").send().status());
  }

  /** Spellings a runtime may route to the protected method: each must get its check. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/s/protected/",
        "/s/protected;x=y",
        "/s;x=y/protected",
        "/s/protected?x=y",
        "//s/protected",
        "/s//protected",
        "/S/protected",
        "/s/PROTECTED",
        "/s/%70rotected",
        "/s%2Fprotected",
        "/s/protected%2F",
      })
  void oddSpellingsOfAProtectedPathAreNeverAdmitted(String path) {
    Reply reply = http.get(path).send();
    assertNotRun();
    assertNotEquals(200, reply.status(), path);
    if (reply.status() == 401) {
      reply.assertUnauthorized(HEADER, OTHER);
    } else {
      assertTrue(reply.status() == 404 || reply.status() == 400, () -> path + " -> " + reply.status());
    }
  }
}
