/**
 * JSON Web Tokens: {@link dev.gatehouse.runtime.jwt.JwtAuthBackend} verifies bearer tokens and
 * {@link dev.gatehouse.runtime.jwt.TokenIssuer} issues them, both from one {@link
 * dev.gatehouse.runtime.GatehouseConfig}.
 *
 * <p>The rules follow RFC 8725 (JWT best current practices): an explicit algorithm allow-list
 * without {@code none}, keys checked at startup, strict compact serialization, required {@code
 * exp}, bounded clock leeway and token size.
 */
package dev.gatehouse.runtime.jwt;
