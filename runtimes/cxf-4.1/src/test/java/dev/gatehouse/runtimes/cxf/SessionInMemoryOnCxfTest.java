package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.SessionCases;

class SessionInMemoryOnCxfTest extends SessionCases.InMemory {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
