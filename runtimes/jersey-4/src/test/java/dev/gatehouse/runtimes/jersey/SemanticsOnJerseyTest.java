package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.SemanticsCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class SemanticsOnJerseyTest extends SemanticsCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }
}
