package dev.gatehouse.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testkit.resources.SemanticsResource;
import dev.gatehouse.testkit.support.HeaderBackend;
import dev.gatehouse.testkit.support.Http;
import dev.gatehouse.testkit.support.ProbeReader;
import dev.gatehouse.testkit.support.Reply;
import dev.gatehouse.testkit.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every row of DESIGN.md's "Semantics (what a client sees)" table, with the configured chain
 * {@code header} then {@code other}. Each refusal also checks that the resource method did not run
 * and the request entity was not read.
 */
public abstract class SemanticsCases extends KitCase {


  @Override
  protected TestApplication application() {
    return new TestApplication(
        List.of(SemanticsResource.class, ProbeReader.class), List.of(TestUsers.feature()));
  }

  // protected endpoint, no credentials: 401, one challenge per backend, problem+json

  @Test
  void protectedWithoutCredentialsIs401WithOneChallengePerBackend() {
    http.get("/s/protected").send().assertUnauthorized(HEADER, OTHER);
    http.post("/s/protected").probe("hello").send().assertUnauthorized(HEADER, OTHER);
    assertNotRun();
  }

  @Test
  void problemIsSentWhateverTheClientAccepts() {
    http.get("/s/protected").header("Accept", "application/xml").send()
        .assertUnauthorized(HEADER, OTHER);
    http.get("/s/perm").header("Accept", "text/html").as("alice").send().assertForbidden();
    assertNotRun();
  }

  @Test
  void protectedWithCredentialsRunsTheMethodAsTheUser() {
    http.get("/s/protected").as("alice").send()
        .assertOk("protected user=TestUser:alice scheme=header");
    http.get("/s/protected").asOther("bob").send()
        .assertOk("protected user=TestUser:bob scheme=other");
    http.post("/s/protected").as("alice").probe("hello").send()
        .assertOk("posted hello user=TestUser:alice scheme=header");
    assertEquals(3, invocations());
    assertEquals(1, reads());
  }

  @Test
  void eachRequestRunsTheChainOnce() {
    int header = HeaderBackend.HEADER.calls();
    int other = HeaderBackend.OTHER.calls();
    http.get("/s/protected").as("alice").send().assertOk("protected user=TestUser:alice scheme=header");
    assertEquals(1, HeaderBackend.HEADER.calls() - header, "header backend calls");
    assertEquals(0, HeaderBackend.OTHER.calls() - other, "other backend calls");
    http.get("/s/public").send().assertOk("public user=null scheme=null read=false");
    http.get("/s/protected").send().assertUnauthorized(HEADER, OTHER);
    assertEquals(3, HeaderBackend.HEADER.calls() - header, "header backend calls");
    assertEquals(2, HeaderBackend.OTHER.calls() - other, "other backend calls");
  }

  @Test
  void securityContextIsTheLoadedUserItsPermissionsAndTheBackendScope() {
    http.get("/s/context").as("alice", "write").send()
        .assertOk("context user=TestUser:alice scheme=header display=Test alice read=false write=true");
    http.get("/s/context").asOther("bob", "read").send()
        .assertOk("context user=TestUser:bob scheme=other display=Test bob read=true write=false");
  }

  @Test
  void concurrentRequestsEachSeeTheirOwnUser() throws Exception {
    List<CompletableFuture<String>> answers = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int i = 0; i < 60; i++) {
        Http.Call call = http.get("/s/protected");
        String want;
        switch (i % 3) {
          case 0 -> {
            call.as("u" + i);
            want = "200 protected user=TestUser:u" + i + " scheme=header";
          }
          case 1 -> {
            call.asOther("v" + i);
            want = "200 protected user=TestUser:v" + i + " scheme=other";
          }
          default -> want = "401";
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
  }

  // credentials present but invalid: 401, the rejecting backend's challenge marked invalid

  @Test
  void invalidCredentialsAre401WithThatBackendsChallengeMarkedInvalid() {
    http.get("/s/protected").as("invalid").send().assertUnauthorized(HEADER_INVALID, OTHER);
    http.get("/s/protected").asOther("invalid").send().assertUnauthorized(HEADER, OTHER_INVALID);
    http.post("/s/protected").as("invalid").probe("x").send().assertUnauthorized(HEADER_INVALID, OTHER);
    assertNotRun();
  }

  @Test
  void invalidCredentialsOfOneBackendDoNotStopAValidOtherOne() {
    http.get("/s/protected").as("invalid").asOther("bob").send()
        .assertOk("protected user=TestUser:bob scheme=other");
  }

  // authenticated by a backend whose scope the endpoint does not accept: 401, accepted challenges

  @Test
  void wrongScopeIs401WithTheAcceptedBackendsChallenge() {
    http.get("/s/other-only").as("alice", "read").send().assertUnauthorized(OTHER);
    assertNotRun();
    http.get("/s/other-only").asOther("bob").send()
        .assertOk("other-only user=TestUser:bob scheme=other");
  }

  // UserLoader returns no user: 401

  @Test
  void userLoaderReturningNoUserIs401() {
    http.get("/s/protected").as("ghost").send().assertUnauthorized(HEADER_INVALID, OTHER);
    http.get("/s/protected").as("anonymous").send().assertUnauthorized(HEADER_INVALID, OTHER);
    assertNotRun();
  }

  // authenticated, lacks a permission: 403

  @Test
  void lackingAPermissionIs403AndHoldingItIs200() {
    http.get("/s/perm").as("alice", "write").send().assertForbidden();
    http.post("/s/perm").as("alice", "read").probe("data").send().assertForbidden();
    http.get("/s/any").as("alice", "audit").send().assertForbidden();
    assertNotRun();
    http.get("/s/perm").as("alice", "read").send().assertOk("perm user=TestUser:alice scheme=header");
    http.post("/s/perm").as("alice", "write").probe("data").send()
        .assertOk("wrote data user=TestUser:alice scheme=header");
    http.get("/s/any").asOther("bob", "admin").send().assertOk("any user=TestUser:bob scheme=other");
  }

  @Test
  void permissionEndpointWithoutCredentialsIs401Not403() {
    http.get("/s/perm").send().assertUnauthorized(HEADER, OTHER);
    http.get("/s/perm").as("invalid").send().assertUnauthorized(HEADER_INVALID, OTHER);
    assertNotRun();
  }

  // a backend or the user loader throws: 503, never a detail

  @Test
  void backendOrLoaderThrowingIs503() {
    http.get("/s/protected").as("boom").send().assertUnavailable();
    http.get("/s/protected").as("loaderboom").send().assertUnavailable();
    http.post("/s/protected").as("boom").probe("x").send().assertUnavailable();
    http.get("/s/protected").as("boom").asOther("bob").send().assertUnavailable();
    http.get("/s/protected").as("null").send().assertUnavailable();
    http.get("/s/protected").as("liar").send().assertUnavailable();
    assertNotRun();
  }

  // @DenyAll: 403

  @Test
  void denyAllIs403ForEveryone() {
    http.get("/s/deny").send().assertForbidden();
    http.get("/s/deny").as("alice", "read", "write", "admin").send().assertForbidden();
    http.post("/s/deny").as("alice").probe("x").send().assertForbidden();
    assertNotRun();
  }

  // unannotated endpoint: public, the user attached when valid, never 401

  @Test
  void unannotatedIsPublicAndAttachesAValidUser() {
    http.get("/s/public").send().assertOk("public user=null scheme=null read=false");
    http.get("/s/public").as("alice", "read").send()
        .assertOk("public user=TestUser:alice scheme=header read=true");
    http.get("/s/public").asOther("bob").send()
        .assertOk("public user=TestUser:bob scheme=other read=false");
    http.post("/s/public").as("alice").probe("hi").send()
        .assertOk("public hi user=TestUser:alice scheme=header");
    assertEquals(1, reads());
  }

  @Test
  void unannotatedStaysAnonymousAnd200WhateverGoesWrong() {
    for (String user : List.of("invalid", "ghost", "anonymous", "boom", "loaderboom", "null")) {
      http.get("/s/public").as(user).send().assertOk("public user=null scheme=null read=false");
    }
  }
}
