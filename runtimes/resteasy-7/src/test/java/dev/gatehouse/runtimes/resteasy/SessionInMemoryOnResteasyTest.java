package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.SessionCases;

class SessionInMemoryOnResteasyTest extends SessionCases.InMemory {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
