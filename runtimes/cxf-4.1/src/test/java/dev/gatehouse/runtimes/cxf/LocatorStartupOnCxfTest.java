package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.LocatorStartupCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class LocatorStartupOnCxfTest extends LocatorStartupCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
