package dev.gatehouse.runtimes.resteasy;

import dev.gatehouse.testkit.Deployment;
import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.TestApplication;
import dev.gatehouse.testkit.support.FreePort;
import io.undertow.Undertow;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.util.function.Consumer;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/** RESTEasy on Undertow ({@code resteasy-undertow}). */
public final class ResteasyAdapter implements RuntimeAdapter {

  @Override
  public String name() {
    return "RESTEasy " + ResteasyDeployment.class.getPackage().getImplementationVersion();
  }

  @Override
  public Deployment deploy(TestApplication application) {
    return start(server -> server.deploy(application));
  }

  @Override
  public Deployment deployNative(TestApplication application) {
    ResteasyDeployment deployment = new ResteasyDeploymentImpl();
    for (Class<?> type : application.getClasses()) {
      if (type.isAnnotationPresent(Path.class)) {
        deployment.getActualResourceClasses().add(type);
      } else {
        deployment.getActualProviderClasses().add(type);
      }
    }
    for (Object singleton : application.getSingletons()) {
      if (singleton.getClass().isAnnotationPresent(Path.class)) {
        deployment.getResources().add(singleton);
      } else {
        deployment.getProviders().add(singleton);
      }
    }
    return start(server -> server.deploy(deployment));
  }

  private static Deployment start(Consumer<UndertowJaxrsServer> deploy) {
    return FreePort.retry(port -> {
      UndertowJaxrsServer server = new UndertowJaxrsServer();
      server.start(Undertow.builder().addHttpListener(port, "127.0.0.1"));
      try {
        deploy.accept(server);
      } catch (RuntimeException | Error e) {
        server.stop();
        throw e;
      }
      URI base = URI.create("http://127.0.0.1:" + port);
      return Deployment.of(base, server::stop);
    });
  }
}
