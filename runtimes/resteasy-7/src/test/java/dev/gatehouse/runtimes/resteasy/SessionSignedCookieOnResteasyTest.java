package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.SessionCases;

class SessionSignedCookieOnResteasyTest extends SessionCases.SignedCookie {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
