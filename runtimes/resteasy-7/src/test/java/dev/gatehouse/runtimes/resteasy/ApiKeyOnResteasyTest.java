package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.ApiKeyCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class ApiKeyOnResteasyTest extends ApiKeyCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
