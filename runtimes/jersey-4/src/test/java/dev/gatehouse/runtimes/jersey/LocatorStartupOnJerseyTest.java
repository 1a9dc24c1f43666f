package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.LocatorStartupCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class LocatorStartupOnJerseyTest extends LocatorStartupCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }
}
