/**
 * Sessions: the {@link dev.gatehouse.runtime.session.SessionFeature} (the seed's {@code
 * SessionMiddleware}), the per-request {@link dev.gatehouse.runtime.session.Session} with {@code
 * login} and {@code logout}, the two {@link dev.gatehouse.runtime.session.SessionStore}s, and the
 * {@link dev.gatehouse.runtime.session.SessionAuthBackend} with its cross-site request check.
 */
package dev.gatehouse.runtime.session;
