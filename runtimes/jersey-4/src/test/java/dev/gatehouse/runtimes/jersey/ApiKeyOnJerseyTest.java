package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.ApiKeyCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class ApiKeyOnJerseyTest extends ApiKeyCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }
}
