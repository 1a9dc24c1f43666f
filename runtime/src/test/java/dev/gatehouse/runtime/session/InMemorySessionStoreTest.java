package dev.gatehouse.runtime.session;

import static dev.gatehouse.runtime.session.Sessions.request;
import static dev.gatehouse.runtime.session.Sessions.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest extends SessionStoreContract {

  @Override
  SessionStore store(SessionStore.Builder builder) {
    return builder.buildInMemory();
  }

  @Test
  void theCookieIsA256BitRandomId() {
    String cookie = create(store(), "k", "v");
    assertTrue(SessionStore.isToken(cookie), cookie);
    assertEquals(32, java.util.Base64.getUrlDecoder().decode(cookie).length);
  }

  @Test
  void anUnchangedSessionSetsNoCookie() {
    SessionStore store = store();
    String cookie = create(store, "k", "v");
    assertNull(respond(request(store, cookie)));
    Session changed = request(store, cookie);
    changed.set("k", "w");
    assertNull(respond(changed), "same id: no new cookie");
    assertEquals("w", request(store, cookie).get("k"));
  }

  @Test
  void theBoundDropsTheLeastRecentlyUsedSession() {
    SessionStore store = store(Sessions.timeouts(clock).maxSessions(3));
    String a = create(store, "k", "a");
    String b = create(store, "k", "b");
    String c = create(store, "k", "c");
    assertNotNull(store.load(a, SessionFeature.DEFAULT_COOKIE_NAME)); // a is now the most recent
    String d = create(store, "k", "d");
    assertNull(store.load(b, SessionFeature.DEFAULT_COOKIE_NAME), "b was used least recently");
    for (String cookie : new String[] {a, c, d}) {
      assertNotNull(store.load(cookie, SessionFeature.DEFAULT_COOKIE_NAME));
    }
    assertEquals(3, ((InMemorySessionStore) store).size());
  }

  @Test
  void concurrentRequestsLoseNoUpdate() throws Exception {
    SessionStore store = store();
    String cookie = create(store, "user", "alice");
    int threads = 32;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String key = "k" + i;
      done.add(
          pool.submit(
              () -> {
                Session session = request(store, cookie);
                start.await();
                session.set(key, key);
                session.set("user", "alice");
                return respond(session);
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    Session after = request(store, cookie);
    assertEquals(threads + 1, after.asMap().size());
    assertEquals("alice", after.get("user"));
  }
}
