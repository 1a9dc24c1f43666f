package dev.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.resources.SemanticsResource;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.ProbeReader;
import dev.gatehouse.it.support.Reply;
import dev.gatehouse.it.support.TestSetup;
import dev.gatehouse.it.support.TestUsers;
import dev.gatehouse.it.support.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every row of DESIGN.md's "Semantics (what a client sees)" table, over HTTP against Jersey, with
 * the configured chain "header" then "other". Each test also checks whether the resource method
 * ran and whether the request entity was read.
 */
class SemanticsTest {

  static final TestSetup setup = new TestSetup();

  @RegisterExtension
  static final JerseyServer server = JerseyServer.of(setup::feature, SemanticsResource.class);

  private int invocationsBefore;
  private int readsBefore;

  @BeforeEach
  void count() {
    invocationsBefore = Calls.INVOCATIONS.get();
    readsBefore = ProbeReader.READS.get();
  }

  private int invocations() {
    return Calls.INVOCATIONS.get() - invocationsBefore;
  }

  private int reads() {
    return ProbeReader.READS.get() - readsBefore;
  }

  private void assertNotRun() {
    assertEquals(0, invocations(), "the resource method ran");
    assertEquals(0, reads(), "the request entity was read");
  }

  // ------------------------------------------------------------ protected, no credentials

  @Test
  void protectedWithoutCredentialsIs401WithOneChallengePerBackend() {
    Reply reply = server.get("/s/protected").send();
    reply.assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(null));
    assertNotRun();
  }

  @Test
  void protectedWithCredentialsRunsTheMethodAsTheUser() {
    server.get("/s/protected").as("alice").send()
        .assertOk("protected user=TestUser:alice scheme=header");
    assertEquals(1, invocations());
  }

  @Test
  void protectedByTheSecondBackend() {
    server.get("/s/protected").asOther("bob").send()
        .assertOk("protected user=TestUser:bob scheme=other");
  }

  @Test
  void securityContextIsTheLoadedUserItsPermissionsAndTheBackendScope() {
    server.get("/s/context").as("alice", "write").send()
        .assertOk("context user=TestUser:alice scheme=header display=Test alice"
            + " read=false write=true null=false");
    server.get("/s/context").asOther("bob", "read").send()
        .assertOk("context user=TestUser:bob scheme=other display=Test bob"
            + " read=true write=false null=false");
  }

  @Test
  void problemIsSentWhateverTheClientAccepts() {
    server.get("/s/protected").header("Accept", "application/xml").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    server.get("/s/perm").header("Accept", "text/html").as("alice").send().assertForbidden();
    assertNotRun();
  }

  @Test
  void concurrentRequestsEachSeeTheirOwnUser() throws Exception {
    List<CompletableFuture<String>> answers = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (int i = 0; i < 200; i++) {
        int n = i;
        JerseyServer.Call call = server.get("/s/protected");
        String want;
        switch (n % 4) {
          case 0 -> { call.as("u" + n); want = "200 protected user=TestUser:u" + n + " scheme=header"; }
          case 1 -> { call.asOther("v" + n); want = "200 protected user=TestUser:v" + n + " scheme=other"; }
          case 2 -> want = "401";
          default -> { call.as("invalid"); want = "401"; }
        }
        expected.add(want);
        answers.add(CompletableFuture.supplyAsync(() -> {
          Reply r = call.send();
          return r.status() == 200 ? "200 " + r.body() : String.valueOf(r.status());
        }, pool));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertEquals(expected.get(i), answers.get(i).get(30, TimeUnit.SECONDS), "request " + i);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(100, invocations());
  }

  // ------------------------------------------------------------ invalid credentials

  @Test
  void invalidCredentialsAre401WithThatBackendsChallengeMarkedInvalid() {
    server.get("/s/protected").as("invalid").send()
        .assertUnauthorized(HeaderBackend.INVALID, OtherBackend.CHALLENGE);
    server.get("/s/protected").asOther("invalid").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.INVALID);
    server.get("/s/protected").as("invalid").asOther("invalid").send()
        .assertUnauthorized(HeaderBackend.INVALID, OtherBackend.INVALID);
    assertNotRun();
  }

  @Test
  void invalidCredentialsGetTheSameBodyAsMissingOnes() {
    String missing = server.get("/s/protected").send().body();
    String invalid = server.get("/s/protected").as("invalid").send().body();
    String unknownUser = server.get("/s/protected").as("ghost").send().body();
    assertEquals(missing, invalid);
    assertEquals(missing, unknownUser);
  }

  @Test
  void invalidCredentialsOfOneBackendDoNotStopAValidOtherOne() {
    server.get("/s/protected").as("invalid").asOther("bob").send()
        .assertOk("protected user=TestUser:bob scheme=other");
  }

  // ------------------------------------------------------------ user loader

  @Test
  void userLoaderReturningNoUserIs401() {
    int loads = TestUsers.LOADS.get();
    server.get("/s/protected").as("ghost").send()
        .assertUnauthorized(HeaderBackend.INVALID, OtherBackend.CHALLENGE);
    assertEquals(1, TestUsers.LOADS.get() - loads, "the loader was asked once");
    assertNotRun();
  }

  @Test
  void userLoaderReturningTheUnauthenticatedUserIs401() {
    server.get("/s/protected").as("anonymous").send()
        .assertUnauthorized(HeaderBackend.INVALID, OtherBackend.CHALLENGE);
    assertNotRun();
  }

  @Test
  void userLoaderThrowingIs503WithoutDetail() {
    server.get("/s/protected").as("loaderboom").send().assertUnavailable();
    assertNotRun();
  }

  // ------------------------------------------------------------ permissions

  @Test
  void lackingAPermissionIs403() {
    server.get("/s/perm").as("alice", "write").send().assertForbidden();
    assertNotRun();
  }

  @Test
  void holdingThePermissionIs200() {
    server.get("/s/perm").as("alice", "read").send()
        .assertOk("perm user=TestUser:alice scheme=header");
  }

  @Test
  void permissionEndpointWithoutCredentialsIs401Not403() {
    server.get("/s/perm").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    server.get("/s/perm").as("invalid").send()
        .assertUnauthorized(HeaderBackend.INVALID, OtherBackend.CHALLENGE);
    assertNotRun();
  }

  // ------------------------------------------------------------ 503

  @Test
  void backendThrowingIs503WithoutDetail() {
    server.get("/s/protected").as("boom").send().assertUnavailable();
    server.get("/s/perm").as("boom", "read").send().assertUnavailable();
    assertNotRun();
  }

  @Test
  void failuresAreLoggedWithTheirCause() {
    try (LogCapture log = LogCapture.of("dev.gatehouse")) {
      server.get("/s/protected").as("boom").send().assertUnavailable();
      server.get("/s/protected").as("loaderboom").send().assertUnavailable();
      List<LogRecord> severe =
          log.records().stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
      assertEquals(2, severe.size(), () -> "records: " + log.records());
      assertEquals(HeaderBackend.SECRET, severe.get(0).getThrown().getMessage());
      assertEquals(TestUsers.SECRET, severe.get(1).getThrown().getMessage());
    }
  }

  @Test
  void backendThrowingIs503EvenWhenALaterBackendWouldSucceed() {
    server.get("/s/protected").as("boom").asOther("bob").send().assertUnavailable();
    assertNotRun();
  }

  @Test
  void backendBreakingItsContractIs503() {
    server.get("/s/protected").as("null").send().assertUnavailable();
    server.get("/s/protected").as("liar").send().assertUnavailable();
    assertNotRun();
  }

  // ------------------------------------------------------------ @DenyAll

  @Test
  void denyAllIs403ForAnonymousCallers() {
    server.get("/s/deny").send().assertForbidden();
    assertNotRun();
  }

  @Test
  void denyAllIs403ForAuthenticatedCallersWithEveryPermission() {
    server.get("/s/deny").as("alice", "read", "write", "admin").send().assertForbidden();
    assertNotRun();
  }

  // ------------------------------------------------------------ unannotated

  @Nested
  class Unannotated {

    @Test
    void isPublicWithoutCredentials() {
      server.get("/s/public").send()
          .assertOk("public user=null scheme=null read=false write=false");
      assertEquals(1, invocations());
    }

    @Test
    void attachesTheUserWhenValidCredentialsArePresent() {
      server.get("/s/public").as("alice", "read").send()
          .assertOk("public user=TestUser:alice scheme=header read=true write=false");
      server.get("/s/public").asOther("bob", "write").send()
          .assertOk("public user=TestUser:bob scheme=other read=false write=true");
    }

    @Test
    void staysAnonymousAnd200WithInvalidCredentials() {
      server.get("/s/public").as("invalid").send()
          .assertOk("public user=null scheme=null read=false write=false");
    }

    @Test
    void staysAnonymousAnd200ForAnUnknownUser() {
      server.get("/s/public").as("ghost").send()
          .assertOk("public user=null scheme=null read=false write=false");
    }

    @Test
    void neverHandsOutTheUnauthenticatedUserAsPrincipal() {
      server.get("/s/public").as("anonymous").send()
          .assertOk("public user=null scheme=null read=false write=false");
    }

    /** The public filter never rejects; a failing backend leaves the caller anonymous. */
    @Test
    void staysAnonymousAnd200WhenABackendOrTheLoaderFails() {
      server.get("/s/public").as("boom").send()
          .assertOk("public user=null scheme=null read=false write=false");
      server.get("/s/public").as("loaderboom").send()
          .assertOk("public user=null scheme=null read=false write=false");
    }

    @Test
    void readsTheEntity() {
      server.post("/s/public").as("alice").body(ProbeReader.TYPE, "hello").send()
          .assertOk("public hello user=TestUser:alice scheme=header");
      assertEquals(1, reads());
    }
  }

  // ------------------------------------------------------------ entity never read

  @Nested
  class EntityNeverReadOnRefusal {

    @Test
    void control_anAdmittedPostReadsTheEntityOnce() {
      server.post("/s/protected").as("alice").body(ProbeReader.TYPE, "hello").send()
          .assertOk("posted hello user=TestUser:alice scheme=header");
      assertEquals(1, reads());
      assertEquals(1, invocations());
    }

    @Test
    void on401() {
      server.post("/s/protected").body(ProbeReader.TYPE, "hello").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
      server.post("/s/protected").as("invalid").body(ProbeReader.TYPE, "hello").send()
          .assertUnauthorized(HeaderBackend.INVALID, OtherBackend.CHALLENGE);
      assertNotRun();
    }

    @Test
    void on403() {
      server.post("/s/perm").as("alice", "read").body(ProbeReader.TYPE, "hello").send()
          .assertForbidden();
      server.post("/s/deny").as("alice", "write").body(ProbeReader.TYPE, "hello").send()
          .assertForbidden();
      assertNotRun();
    }

    @Test
    void on503() {
      server.post("/s/protected").as("boom").body(ProbeReader.TYPE, "hello").send()
          .assertUnavailable();
      server.post("/s/protected").as("loaderboom").body(ProbeReader.TYPE, "hello").send()
          .assertUnavailable();
      assertNotRun();
    }

    @Test
    void control_aPermittedPostReadsTheEntity() {
      server.post("/s/perm").as("alice", "write").body(ProbeReader.TYPE, "data").send()
          .assertOk("wrote data user=TestUser:alice scheme=header");
      assertEquals(1, reads());
    }
  }
}
