package dev.gatehouse.runtime.session;

/**
 * Thrown by {@link Session#set} (and {@link Session#login}) when the session would no longer fit in
 * its cookie with the signed-cookie store. The session keeps its previous value. Store less (an id
 * to look up instead of the object), or use {@link SessionStore#inMemory()}.
 */
public final class SessionTooLargeException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  SessionTooLargeException(String message) {
    super(message);
  }
}
