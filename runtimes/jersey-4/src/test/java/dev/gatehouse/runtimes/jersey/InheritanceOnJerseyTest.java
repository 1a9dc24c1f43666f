package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.InheritanceCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class InheritanceOnJerseyTest extends InheritanceCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }
}
