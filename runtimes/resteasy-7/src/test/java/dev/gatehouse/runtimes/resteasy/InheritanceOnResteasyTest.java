package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.InheritanceCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class InheritanceOnResteasyTest extends InheritanceCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
