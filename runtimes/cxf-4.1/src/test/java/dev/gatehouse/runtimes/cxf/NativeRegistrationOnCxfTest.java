package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.RegistrationCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class NativeRegistrationOnCxfTest extends RegistrationCases.Native {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
