package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.HttpMethodCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class HttpMethodOnJerseyTest extends HttpMethodCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new JerseyAdapter();
  }
}
