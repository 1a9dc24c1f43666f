package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.HttpMethodCases;
import dev.gatehouse.testkit.RuntimeAdapter;

class HttpMethodOnResteasyTest extends HttpMethodCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new ResteasyAdapter();
  }
}
