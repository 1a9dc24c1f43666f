package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.RegistrationCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class FeatureClassRegistrationOnCxfTest extends RegistrationCases.FeatureClass {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
