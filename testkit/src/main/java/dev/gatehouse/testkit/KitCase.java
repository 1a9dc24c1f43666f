package dev.gatehouse.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testkit.support.Calls;
import dev.gatehouse.testkit.support.HeaderBackend;
import dev.gatehouse.testkit.support.Http;
import dev.gatehouse.testkit.support.ProbeReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of every kit case: one deployment per test class, started through the runtime
 * module's {@link RuntimeAdapter}, and counters that tell whether a resource method ran or a
 * request entity was read. A runtime module runs a case by extending it:
 *
 * <pre>{@code
 * class SemanticsOnJerseyTest extends SemanticsCases {
 *   @Override protected RuntimeAdapter runtime() { return new JerseyAdapter(); }
 * }
 * }</pre>
 *
 * <p>To add cases (a new backend, as {@link ApiKeyCases}): write an abstract subclass of this in
 * the kit with its {@link #application()} and tests, and one three-line subclass per runtime
 * module.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KitCase {

  /** The challenges of the two test backends, without and with rejected credentials. */
  protected static final String HEADER = HeaderBackend.HEADER.challenge();
  protected static final String HEADER_INVALID = HeaderBackend.HEADER.invalidChallenge();
  protected static final String OTHER = HeaderBackend.OTHER.challenge();
  protected static final String OTHER_INVALID = HeaderBackend.OTHER.invalidChallenge();

  private Deployment deployment;
  private int invocationsBefore;
  private int readsBefore;

  /** Requests to the deployed application. */
  protected Http http;

  /** The runtime under test. */
  protected abstract RuntimeAdapter runtime();

  /** The application this case deploys (built once per test class). */
  protected abstract TestApplication application();

  /** Deploys through {@link RuntimeAdapter#deploy}; override to use the native registration. */
  protected Deployment deploy(RuntimeAdapter runtime, TestApplication application) {
    return runtime.deploy(application);
  }

  @BeforeAll
  final void startRuntime() {
    deployment = deploy(runtime(), application());
    http = new Http(deployment.base());
  }

  @AfterAll
  final void stopRuntime() {
    if (deployment != null) {
      deployment.close();
      deployment = null;
    }
  }

  @BeforeEach
  final void resetCounters() {
    invocationsBefore = Calls.INVOCATIONS.get();
    readsBefore = ProbeReader.READS.get();
  }

  /** Resource method invocations since this test began. */
  protected final int invocations() {
    return Calls.INVOCATIONS.get() - invocationsBefore;
  }

  /** Request entities read since this test began. */
  protected final int reads() {
    return ProbeReader.READS.get() - readsBefore;
  }

  /** No resource method ran and no entity was read since this test began. */
  protected final void assertNotRun() {
    assertEquals(0, invocations(), "a resource method ran");
    assertEquals(0, reads(), "a request entity was read");
  }
}
