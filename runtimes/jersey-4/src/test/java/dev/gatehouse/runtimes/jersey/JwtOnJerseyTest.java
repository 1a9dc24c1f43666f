package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.JwtCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class JwtOnJerseyTest extends JwtCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }
}
