package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.ApiKeyCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class ApiKeyOnCxfTest extends ApiKeyCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }
}
