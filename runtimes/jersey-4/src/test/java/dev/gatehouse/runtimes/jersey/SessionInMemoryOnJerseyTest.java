package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.SessionCases;

class SessionInMemoryOnJerseyTest extends SessionCases.InMemory {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }

  @Override
  protected boolean refusesToStartWithoutTheSessionFeature() {
    return true;
  }
}
