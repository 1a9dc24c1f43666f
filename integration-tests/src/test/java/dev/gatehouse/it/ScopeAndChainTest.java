package dev.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.resources.ChainResource;
import dev.gatehouse.it.resources.ClassBackendsResource;
import dev.gatehouse.it.resources.ScopeResource;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.TestSetup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code @Auth("scope")} and {@code @AuthBackends}: which backends are consulted, in which order. */
class ScopeAndChainTest {

  static final TestSetup setup = new TestSetup();

  @RegisterExtension
  static final JerseyServer server =
      JerseyServer.of(
          setup::feature, ScopeResource.class, ChainResource.class, ClassBackendsResource.class);

  @Nested
  class Scopes {

    @Test
    void acceptedScopeIsAdmitted() {
      server.get("/scope/header").as("alice").send()
          .assertOk("header user=TestUser:alice scheme=header");
      server.get("/scope/other").asOther("bob").send()
          .assertOk("other user=TestUser:bob scheme=other");
    }

    @Test
    void userOfAnotherScopeIs401WithTheAcceptedSchemesChallengesOnly() {
      int before = Calls.INVOCATIONS.get();
      server.get("/scope/other").as("alice").send().assertUnauthorized(OtherBackend.CHALLENGE);
      server.get("/scope/header").asOther("bob").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      assertEquals(before, Calls.INVOCATIONS.get(), "the resource method ran");
    }

    @Test
    void backendOfAnotherScopeIsNotConsulted() {
      int headerCalls = setup.header.calls();
      // "boom" would make the header backend throw (503) if it were asked.
      server.get("/scope/other").as("boom").send().assertUnauthorized(OtherBackend.CHALLENGE);
      server.get("/scope/other").as("boom").asOther("bob").send()
          .assertOk("other user=TestUser:bob scheme=other");
      assertEquals(headerCalls, setup.header.calls(), "the header backend was consulted");
    }

    @Test
    void invalidCredentialsOfTheAcceptedScopeAreMarked() {
      server.get("/scope/other").asOther("invalid").send().assertUnauthorized(OtherBackend.INVALID);
    }

    @Test
    void severalScopesAcceptAnyOfThem() {
      server.get("/scope/either").as("alice").send()
          .assertOk("either user=TestUser:alice scheme=header");
      server.get("/scope/either").asOther("bob").send()
          .assertOk("either user=TestUser:bob scheme=other");
      server.get("/scope/either").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    }
  }

  @Nested
  class Chains {

    @Test
    void configuredOrderWithoutAuthBackends() {
      server.get("/chain/configured").as("alice").asOther("bob").send()
          .assertOk("configured user=TestUser:alice scheme=header");
    }

    @Test
    void firstNamedBackendWins() {
      server.get("/chain/header-first").as("alice").asOther("bob").send()
          .assertOk("header-first user=TestUser:alice scheme=header");
    }

    @Test
    void reversedOrderMakesTheOtherBackendWin() {
      server.get("/chain/other-first").as("alice").asOther("bob").send()
          .assertOk("other-first user=TestUser:bob scheme=other");
    }

    @Test
    void laterBackendIsTriedWhenTheFirstHasNoCredentials() {
      server.get("/chain/other-first").as("alice").send()
          .assertOk("other-first user=TestUser:alice scheme=header");
    }

    @Test
    void laterBackendIsTriedWhenTheFirstRejectsTheCredentials() {
      server.get("/chain/other-first").as("alice").asOther("invalid").send()
          .assertOk("other-first user=TestUser:alice scheme=header");
    }

    @Test
    void firstSuccessWinsSoALaterFailingBackendIsNotAsked() {
      int headerCalls = setup.header.calls();
      server.get("/chain/other-first").as("boom").asOther("bob").send()
          .assertOk("other-first user=TestUser:bob scheme=other");
      assertEquals(headerCalls, setup.header.calls(), "the header backend was consulted");
    }

    @Test
    void challengesFollowTheChainOrder() {
      server.get("/chain/header-first").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
      server.get("/chain/other-first").send()
          .assertUnauthorized(OtherBackend.CHALLENGE, HeaderBackend.CHALLENGE);
    }

    @Test
    void backendNotNamedInAuthBackendsIsNotConsulted() {
      int headerCalls = setup.header.calls();
      server.get("/chain/only-other").as("alice").send().assertUnauthorized(OtherBackend.CHALLENGE);
      server.get("/chain/only-other").as("boom").send().assertUnauthorized(OtherBackend.CHALLENGE);
      server.get("/chain/only-other").as("alice").asOther("bob").send()
          .assertOk("only-other user=TestUser:bob scheme=other");
      assertEquals(headerCalls, setup.header.calls(), "the header backend was consulted");
    }

    @Test
    void authBackendsWithoutAuthIsPublicAndAttachesOnlyItsBackendsUsers() {
      int headerCalls = setup.header.calls();
      server.get("/chain/attach-other").send().assertOk("attach-other user=null scheme=null");
      server.get("/chain/attach-other").as("alice").send()
          .assertOk("attach-other user=null scheme=null");
      server.get("/chain/attach-other").asOther("bob").send()
          .assertOk("attach-other user=TestUser:bob scheme=other");
      assertEquals(headerCalls, setup.header.calls(), "the header backend was consulted");
    }
  }

  @Nested
  class ClassLevelAuthBackends {

    @Test
    void appliesToAuthMethods() {
      server.get("/class-backends/auth").as("alice").send().assertUnauthorized(OtherBackend.CHALLENGE);
      server.get("/class-backends/auth").asOther("bob").send()
          .assertOk("auth user=TestUser:bob scheme=other");
    }

    @Test
    void appliesToPublicMethods() {
      int headerCalls = setup.header.calls();
      server.get("/class-backends/plain").as("alice").send().assertOk("plain user=null scheme=null");
      server.get("/class-backends/plain").asOther("bob").send()
          .assertOk("plain user=TestUser:bob scheme=other");
      assertEquals(headerCalls, setup.header.calls(), "the header backend was consulted");
    }

    /** @PermitAll replaces the JSR-250 kind only; @AuthBackends is another kind and still applies. */
    @Test
    void appliesToPermitAllMethods() {
      int headerCalls = setup.header.calls();
      server.get("/class-backends/open").as("alice").send().assertOk("open user=null scheme=null");
      server.get("/class-backends/open").asOther("bob").send()
          .assertOk("open user=TestUser:bob scheme=other");
      assertEquals(headerCalls, setup.header.calls(), "the header backend was consulted");
    }
  }
}
