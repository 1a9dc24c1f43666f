package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.RegistrationCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class NativeRegistrationOnResteasyTest extends RegistrationCases.Native {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
