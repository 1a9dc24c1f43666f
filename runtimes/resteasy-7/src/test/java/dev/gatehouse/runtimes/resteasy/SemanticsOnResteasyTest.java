package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.SemanticsCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class SemanticsOnResteasyTest extends SemanticsCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
