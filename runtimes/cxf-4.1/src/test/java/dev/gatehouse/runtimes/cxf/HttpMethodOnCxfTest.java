package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.HttpMethodCases;
import dev.gatehouse.testkit.RuntimeAdapter;
import java.util.Set;

class HttpMethodOnCxfTest extends HttpMethodCases {
  @Override
  protected RuntimeAdapter runtime() {
    return new CxfAdapter();
  }

  /** Known difference: CXF's own OPTIONS answer names one method of the path, not all. */
  @Override
  protected Set<String> expectedAllow() {
    return Set.of("POST");
  }
}
