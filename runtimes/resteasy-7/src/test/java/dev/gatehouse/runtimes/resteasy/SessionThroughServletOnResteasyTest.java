package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.SessionCases;

class SessionThroughServletOnResteasyTest extends SessionCases.ThroughServletRequest {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
