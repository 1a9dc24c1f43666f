package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.RegistrationCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class FeatureClassRegistrationOnJerseyTest extends RegistrationCases.FeatureClass {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }
}
