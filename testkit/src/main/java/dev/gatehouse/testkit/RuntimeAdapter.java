package dev.gatehouse.testkit;

/**
 * What the test kit needs from one Jakarta REST runtime: start an application on 127.0.0.1 and a
 * free port, two ways, and stop it. One small implementation per runtime module
 * ({@code runtimes/*}); every case of the kit runs through it.
 *
 * <pre>{@code
 * final class JerseyAdapter implements RuntimeAdapter {
 *   public Deployment deploy(TestApplication app) {
 *     return start(ResourceConfig.forApplication(app));   // Application#getClasses/getSingletons
 *   }
 *   public Deployment deployNative(TestApplication app) {
 *     ResourceConfig config = new ResourceConfig();          // the runtime's own config object
 *     app.getClasses().forEach(config::register);
 *     app.getSingletons().forEach(config::register);
 *     return start(config);
 *   }
 * }
 * }</pre>
 */
public interface RuntimeAdapter {

  /** The runtime and its version, for messages: {@code "Jersey 4.0.2"}. */
  String name();

  /**
   * Starts {@code application} the portable way: the runtime reads {@link
   * jakarta.ws.rs.core.Application#getClasses()} and {@link
   * jakarta.ws.rs.core.Application#getSingletons()} itself. Whatever the runtime throws while it
   * initialises the application propagates.
   */
  Deployment deploy(TestApplication application);

  /**
   * Starts the same classes and singletons registered one by one on the runtime's own
   * configuration object (Jersey's {@code ResourceConfig}, RESTEasy's {@code ResteasyDeployment},
   * CXF's {@code JAXRSServerFactoryBean}).
   */
  Deployment deployNative(TestApplication application);
}
