package dev.gatehouse.runtime.session;

import java.util.Map;

/**
 * A session as a store hands it to a request: its id, when it was created and last used (epoch
 * milliseconds), its cross-site request token and its data (immutable).
 */
record StoredSession(
    String id, long created, long touched, String csrfToken, Map<String, Object> data) {}
