package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.RegistrationCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class FeatureClassRegistrationOnResteasyTest extends RegistrationCases.FeatureClass {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
