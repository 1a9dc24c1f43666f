package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.SemanticsCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class SemanticsOnCxfTest extends SemanticsCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
