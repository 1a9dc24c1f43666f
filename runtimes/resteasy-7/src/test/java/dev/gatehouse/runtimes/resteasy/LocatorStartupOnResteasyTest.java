package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.LocatorStartupCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class LocatorStartupOnResteasyTest extends LocatorStartupCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
