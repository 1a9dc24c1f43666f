package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.JwtCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class JwtOnCxfTest extends JwtCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
