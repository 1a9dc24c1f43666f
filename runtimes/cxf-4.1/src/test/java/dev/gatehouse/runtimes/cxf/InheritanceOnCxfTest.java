package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.InheritanceCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class InheritanceOnCxfTest extends InheritanceCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
