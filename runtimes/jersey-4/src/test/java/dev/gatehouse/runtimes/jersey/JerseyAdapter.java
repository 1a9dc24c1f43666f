package dev.gatehouse.runtimes.jersey;

import dev.gatehouse.testkit.Deployment;
import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.TestApplication;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.internal.Version;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Jersey on Grizzly; port 0, so the kernel picks a free one. */
public final class JerseyAdapter implements RuntimeAdapter {

  @Override
  public String name() {
    return "Jersey " + Version.getVersion();
  }

  @Override
  public Deployment deploy(TestApplication application) {
    return start(ResourceConfig.forApplication(application));
  }

  @Override
  public Deployment deployNative(TestApplication application) {
    ResourceConfig config = new ResourceConfig();
    application.getClasses().forEach(config::register);
    application.getSingletons().forEach(config::register);
    return start(config);
  }

  private static Deployment start(ResourceConfig config) {
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, true);
    NetworkListener listener = server.getListeners().iterator().next();
    URI base = URI.create("http://127.0.0.1:" + listener.getPort());
    return Deployment.of(base, server::shutdownNow);
  }
}
