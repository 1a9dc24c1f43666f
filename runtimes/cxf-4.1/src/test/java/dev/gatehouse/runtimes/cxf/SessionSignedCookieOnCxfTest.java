package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.SessionCases;

class SessionSignedCookieOnCxfTest extends SessionCases.SignedCookie {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
