package dev.gatehouse.it.support;

import dev.gatehouse.runtime.AuthenticationFeature;

/**
 * The usual configuration: the {@link HeaderBackend} then the {@link OtherBackend}, and {@link
 * TestUsers}. One instance per test class, so backend call counts are that class's.
 */
public final class TestSetup {

  public final HeaderBackend header = new HeaderBackend();
  public final OtherBackend other = new OtherBackend();

  public AuthenticationFeature feature() {
    return AuthenticationFeature.builder()
        .backend(header)
        .backend(other)
        .userLoader(new TestUsers())
        .build();
  }
}
