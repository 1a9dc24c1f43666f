package dev.gatehouse.it.session;

import dev.gatehouse.it.support.Reply;
import dev.gatehouse.runtime.session.SessionStore;
import java.util.StringJoiner;
import java.util.TreeSet;

/** The session contract with the in-memory store; and no lost update under concurrency. */
class InMemorySessionTest extends SessionContract {

  @Override
  SessionStore store(SessionStore.Builder timeouts) {
    return timeouts.buildInMemory();
  }

  /** Every concurrent request's key arrived: the store merged the changes, none was lost. */
  @Override
  void afterConcurrentPuts(Login login, int count) {
    super.afterConcurrentPuts(login, count);
    TreeSet<String> keys = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      keys.add("k" + i);
    }
    keys.add("user");
    StringJoiner expected = new StringJoiner(",");
    keys.forEach(expected::add);
    Reply reply = as(client.get("/s/keys"), login.cookie()).send();
    reply.assertOk(expected.toString());
  }
}
