package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.RegistrationCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class NativeRegistrationOnJerseyTest extends RegistrationCases.Native {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }
}
