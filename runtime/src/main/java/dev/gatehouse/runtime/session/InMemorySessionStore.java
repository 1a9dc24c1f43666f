package dev.gatehouse.runtime.session;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sessions in a map on the server, behind a 256-bit random id. One lock guards the map; each
 * operation under it is a few map operations. The map is in access order, so its head holds the
 * sessions idle longest: expired ones are dropped from there, and when the bound is reached the
 * least recently used session goes.
 */
final class InMemorySessionStore extends SessionStore {

  private static final class Entry {
    final long created;
    final String csrfToken;
    final Map<String, Object> data;
    long touched;

    Entry(long created, long touched, String csrfToken, Map<String, Object> data) {
      this.created = created;
      this.touched = touched;
      this.csrfToken = csrfToken;
      this.data = data;
    }
  }

  private final Object lock = new Object();
  private final LinkedHashMap<String, Entry> sessions = new LinkedHashMap<>(256, 0.75f, true);

  InMemorySessionStore(Builder builder) {
    super(builder);
  }

  @Override
  StoredSession load(String cookieValue, String cookieName) {
    if (!isToken(cookieValue)) {
      return null;
    }
    long now = now();
    synchronized (lock) {
      Entry entry = sessions.get(cookieValue);
      if (entry == null) {
        return null;
      }
      if (expired(entry.created, entry.touched, now)) {
        sessions.remove(cookieValue);
        return null;
      }
      entry.touched = now;
      return new StoredSession(
          cookieValue,
          entry.created,
          now,
          entry.csrfToken,
          Collections.unmodifiableMap(new LinkedHashMap<>(entry.data)));
    }
  }

  @Override
  String save(Session session, String cookieName) {
    long now = now();
    synchronized (lock) {
      if (session.fresh()) {
        dropExpired(now);
        while (sessions.size() >= maxSessions) {
          Iterator<Map.Entry<String, Entry>> eldest = sessions.entrySet().iterator();
          eldest.next();
          eldest.remove();
        }
        sessions.put(
            session.id(),
            new Entry(session.created(), now, session.csrf(), new LinkedHashMap<>(session.data())));
        return session.id();
      }
      Entry entry = sessions.get(session.id());
      if (entry == null || expired(entry.created, entry.touched, now)) {
        sessions.remove(session.id());
        return null; // ended meanwhile (logout, login elsewhere, expiry): not brought back
      }
      for (Map.Entry<String, Object> change : session.changes().entrySet()) {
        if (Session.isRemoved(change.getValue())) {
          entry.data.remove(change.getKey());
        } else {
          entry.data.put(change.getKey(), change.getValue());
        }
      }
      entry.touched = now;
      return null; // same id: the cookie the client holds stays right
    }
  }

  @Override
  void invalidate(String id, long created) {
    synchronized (lock) {
      sessions.remove(id);
    }
  }

  /** The number of sessions held, expired ones included until they are dropped. */
  int size() {
    synchronized (lock) {
      return sessions.size();
    }
  }

  private void dropExpired(long now) {
    Iterator<Entry> it = sessions.values().iterator();
    while (it.hasNext()) {
      Entry entry = it.next();
      if (!expired(entry.created, entry.touched, now)) {
        return; // access order: the rest were used more recently (absolute expiry aside)
      }
      it.remove();
    }
  }
}
