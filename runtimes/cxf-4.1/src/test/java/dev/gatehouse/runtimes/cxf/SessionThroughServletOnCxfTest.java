package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.SessionCases;

class SessionThroughServletOnCxfTest extends SessionCases.ThroughServletRequest {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
