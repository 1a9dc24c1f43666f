package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.JwtCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class JwtOnResteasyTest extends JwtCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
