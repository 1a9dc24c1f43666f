package dev.gatehouse.runtime.session;

import dev.gatehouse.runtime.User;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The session of one request (the seed's {@code request.session}), with {@link #login} and {@link
 * #logout} (the seed's {@code login(request, user)} and {@code logout(request)}).
 *
 * <p>The {@link SessionFeature} loads it from the cookie before authentication runs and writes it
 * back when the response leaves; handlers reach it through the request's properties, which every
 * Jakarta REST runtime has (Jersey injects {@code @Context ContainerRequestContext} into resource
 * methods; elsewhere use {@link #from(Function)}):
 *
 * <pre>{@code
 * @POST @Path("/login")
 * public Response login(@FormParam("username") String name, @FormParam("password") String password,
 *                       @Context ContainerRequestContext request) {
 *   User user = users.check(name, password);
 *   if (user == null) return Response.status(401).build();
 *   Session.login(request, user);               // new session id, "user" = identity + name
 *   return Response.ok(Map.of("csrf_token", Session.from(request).csrfToken().orElseThrow())).build();
 * }
 *
 * @POST @Path("/cart") @Auth("session")
 * public void add(@Context ContainerRequestContext request, String item) {
 *   Session session = Session.from(request);
 *   session.set("cart", item);
 * }
 * }</pre>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>A request without a valid session cookie has an empty session; nothing is stored and no
 *       cookie is set until something is {@linkplain #set set} or a user logs in. A cookie that is
 *       unknown, expired, revoked, tampered with, truncated or oversized, and two cookies of the
 *       session's name on one request, all give an empty session, and the response expires the
 *       cookie.
 *   <li>Values are JSON values: {@code String}, {@code Long} (other integers are widened), {@code
 *       Double}, {@code Boolean}, and {@code List}s and {@code Map<String, ?>}s of these; {@link
 *       #get} returns an immutable copy. A whole-numbered {@code Double} comes back as a {@code
 *       Long} (JSON does not tell them apart). Other types are refused at once ({@link
 *       IllegalArgumentException}).
 *   <li>Changes are saved when the response is written. With the in-memory store only the keys a
 *       request changed are written, so concurrent requests on one session lose no update of
 *       another key (the last writer of one key wins); a session invalidated by one request is not
 *       brought back by a concurrent one.
 *   <li>{@link #login} rotates the session id: the pre-login cookie is never valid again. {@link
 *       #logout} invalidates the session on the server and expires the cookie.
 *   <li>{@link #csrfToken()} is a random 256-bit token tied to this session (a new one after
 *       login); the {@link SessionAuthBackend} accepts it in the {@code X-CSRF-Token} header of
 *       state-changing requests. It is safe to hand to the page (it is not the session id).
 *   <li>Thread-safe for one request; it is not shared between requests.
 * </ul>
 */
public final class Session {

  /** The request property under which the {@link SessionFeature} puts the session. */
  public static final String PROPERTY = "dev.gatehouse.session";

  /** The session key where {@link #login(ContainerRequestContext, User)} puts the user. */
  public static final String DEFAULT_USER_KEY = "user";

  private static final Object REMOVED = new Object();

  private final SessionFeature feature;
  private final StoredSession loaded;
  private final Map<String, Object> data = new LinkedHashMap<>();
  private final Map<String, Object> changes = new LinkedHashMap<>();
  private String id;
  private long created;
  private String csrfToken;
  private boolean isNew;
  private boolean expireCookie;

  Session(SessionFeature feature, StoredSession loaded, boolean badCookie) {
    this.feature = feature;
    this.loaded = loaded;
    this.expireCookie = badCookie;
    if (loaded != null) {
      this.id = loaded.id();
      this.created = loaded.created();
      this.csrfToken = loaded.csrfToken();
      this.data.putAll(loaded.data());
    }
  }

  /**
   * The session of {@code request}.
   *
   * @throws IllegalStateException when the {@link SessionFeature} is not registered
   */
  public static Session from(ContainerRequestContext request) {
    return from(request::getProperty);
  }

  /**
   * The session of the request whose properties {@code properties} reads, for runtimes that do not
   * inject {@code ContainerRequestContext} into resource methods: {@code
   * Session.from(servletRequest::getAttribute)} (in a servlet container request properties are
   * request attributes), {@code Session.from(resteasyHttpRequest::getAttribute)}.
   *
   * @throws IllegalStateException when the {@link SessionFeature} is not registered
   */
  public static Session from(Function<String, Object> properties) {
    Object session = properties.apply(PROPERTY);
    if (!(session instanceof Session s)) {
      throw new IllegalStateException(
          "no session on this request: register SessionFeature.builder()...build() with the"
              + " application, beside the AuthenticationFeature");
    }
    return s;
  }

  /**
   * Logs {@code user} in: rotates the session id (the old cookie is never valid again, and the
   * cross-site request token changes), keeps the other entries, and stores the user's identity and
   * display name under {@value #DEFAULT_USER_KEY} as {@code {"identity": ..., "name": ...}}.
   */
  public static void login(ContainerRequestContext request, User user) {
    login(request, user, DEFAULT_USER_KEY);
  }

  /** Like {@link #login(ContainerRequestContext, User)}, storing the user under {@code key}. */
  public static void login(ContainerRequestContext request, User user, String key) {
    from(request).login(user, key);
  }

  /**
   * Logs {@code user} in to this session, as {@link #login(ContainerRequestContext, User)} does:
   * for handlers that reach the session through {@link #from(Function)}, because their runtime
   * (RESTEasy, CXF) does not inject {@code ContainerRequestContext} into resource methods.
   *
   * <pre>{@code
   * Session.from(servletRequest::getAttribute).login(user);
   * }</pre>
   */
  public void login(User user) {
    login(user, DEFAULT_USER_KEY);
  }

  /** Like {@link #login(User)}, storing the user under {@code key}. */
  public void login(User user, String key) {
    Objects.requireNonNull(user, "user");
    if (!user.isAuthenticated()) {
      throw new IllegalArgumentException("cannot log in an unauthenticated user");
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(SessionAuthBackend.DEFAULT_IDENTIFIER, user.identity());
    entry.put("name", user.displayName());
    rotateAndSet(key, entry);
  }

  /** Logs out: {@linkplain #invalidate() invalidates} the session of {@code request}. */
  public static void logout(ContainerRequestContext request) {
    from(request).invalidate();
  }

  /** The value under {@code key}, or null. */
  public synchronized Object get(String key) {
    return data.get(Objects.requireNonNull(key, "key"));
  }

  /** The value under {@code key} when it is a {@code type}, else empty. */
  public <T> Optional<T> get(String key, Class<T> type) {
    Object value = get(key);
    return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
  }

  /** Every entry, as an immutable snapshot. */
  public synchronized Map<String, Object> asMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  /**
   * Stores {@code value} under {@code key}; starts a session when there is none.
   *
   * @throws IllegalArgumentException when the value is not a session value (see the contract)
   * @throws SessionTooLargeException when the signed-cookie store cannot hold the result
   */
  public synchronized void set(String key, Object value) {
    Objects.requireNonNull(key, "key");
    Object copy = SessionValues.copy(value, key);
    boolean started = id == null;
    if (started) {
      begin();
    }
    Object previous = data.put(key, copy);
    Object previousChange = changes.put(key, copy);
    try {
      feature.store().checkFits(this, feature.cookieName());
    } catch (SessionTooLargeException e) {
      restore(data, key, previous);
      restore(changes, key, previousChange);
      if (started) {
        id = null; // nothing to keep: no session, no cookie
        csrfToken = null;
        isNew = false;
      }
      throw e;
    }
  }

  /** Removes the value under {@code key}, if any. */
  public synchronized void remove(String key) {
    Objects.requireNonNull(key, "key");
    if (data.remove(key) != null && !isNew) {
      changes.put(key, REMOVED);
    }
  }

  /**
   * Ends the session: it is removed (or revoked) on the server at once, so its cookie is never
   * accepted again, and the response expires the cookie. A later {@link #set} in the same request
   * starts a new session.
   */
  public synchronized void invalidate() {
    if (id != null && !isNew) {
      feature.store().invalidate(id, created);
    }
    id = null;
    csrfToken = null;
    isNew = false;
    data.clear();
    changes.clear();
    expireCookie = true;
  }

  /**
   * The token that state-changing requests authenticated by this session may present in the {@code
   * X-CSRF-Token} header (see {@link SessionAuthBackend}); empty when there is no session yet.
   */
  public synchronized Optional<String> csrfToken() {
    return Optional.ofNullable(csrfToken);
  }

  /** Whether this request started the session (or logged in, which starts a new one). */
  public synchronized boolean isNew() {
    return isNew;
  }

  // ---------------------------------------------------------------- feature and stores

  private synchronized void rotateAndSet(String key, Object value) {
    Objects.requireNonNull(key, "key");
    Object copy = SessionValues.copy(value, key);
    Map<String, Object> kept = new LinkedHashMap<>(data);
    invalidate();
    begin();
    data.putAll(kept);
    data.put(key, copy);
    feature.store().checkFits(this, feature.cookieName());
  }

  private void begin() {
    id = SessionStore.randomToken();
    csrfToken = SessionStore.randomToken();
    created = feature.store().now();
    isNew = true;
    changes.clear();
  }

  private static void restore(Map<String, Object> map, String key, Object previous) {
    if (previous == null) {
      map.remove(key);
    } else {
      map.put(key, previous);
    }
  }

  /** The {@code Set-Cookie} value the response must carry, or null. */
  synchronized String finish() {
    SessionStore store = feature.store();
    if (id != null && (isNew || !changes.isEmpty() || store.needsRefresh(loaded))) {
      String value = store.save(this, feature.cookieName());
      return value == null ? null : feature.cookie(value);
    }
    return expireCookie && id == null ? feature.expiredCookie() : null;
  }

  SessionFeature feature() {
    return feature;
  }

  String id() {
    return id;
  }

  long created() {
    return created;
  }

  String csrf() {
    return csrfToken;
  }

  boolean fresh() {
    return isNew;
  }

  /** The whole data (the signed-cookie store writes all of it). */
  Map<String, Object> data() {
    return data;
  }

  /** The changes since loading, {@link #isRemoved removed} entries marked (the in-memory store). */
  Map<String, Object> changes() {
    return changes;
  }

  static boolean isRemoved(Object change) {
    return change == REMOVED;
  }
}
