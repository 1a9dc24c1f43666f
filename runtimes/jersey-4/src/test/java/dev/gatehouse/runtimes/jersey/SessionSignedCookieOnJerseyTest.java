package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.SessionCases;

class SessionSignedCookieOnJerseyTest extends SessionCases.SignedCookie {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }
}
