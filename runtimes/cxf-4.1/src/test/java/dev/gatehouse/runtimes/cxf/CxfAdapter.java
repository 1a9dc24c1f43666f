package dev.gatehouse.runtimes.cxf;

import dev.gatehouse.testkit.Deployment;
import dev.gatehouse.testkit.RuntimeAdapter;
import dev.gatehouse.testkit.TestApplication;
import dev.gatehouse.testkit.support.FreePort;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.apache.cxf.version.Version;

/**
 * The JAX-RS frontend of Apache CXF on its embedded Jetty transport.
 *
 * <p>CXF joins the values of a multi-valued response header into one field line unless the
 * endpoint property {@value #ADD_HEADERS} is true; the adapter sets it, as the README tells CXF
 * users to, so that each challenge gets its own {@code WWW-Authenticate} line as on Jersey and
 * RESTEasy ({@link HeaderLinesOnCxfTest} shows both).
 */
public final class CxfAdapter implements RuntimeAdapter {

  /** CXF's {@code Headers.ADD_HEADERS_PROPERTY}. */
  public static final String ADD_HEADERS = "org.apache.cxf.http.add-headers";

  private final boolean separateHeaderLines;

  /** Each value of a response header on its own field line. */
  public CxfAdapter() {
    this(true);
  }

  /** With {@code separateHeaderLines} false, CXF's default: values joined with commas. */
  public CxfAdapter(boolean separateHeaderLines) {
    this.separateHeaderLines = separateHeaderLines;
  }

  @Override
  public String name() {
    return "Apache CXF " + Version.getCurrentVersion();
  }

  @Override
  public Deployment deploy(TestApplication application) {
    return start(() -> RuntimeDelegate.getInstance()
        .createEndpoint(application, JAXRSServerFactoryBean.class));
  }

  @Override
  public Deployment deployNative(TestApplication application) {
    return start(() -> {
      JAXRSServerFactoryBean bean = new JAXRSServerFactoryBean();
      List<Object> providers = new ArrayList<>();
      List<Class<?>> resourceClasses = new ArrayList<>();
      for (Class<?> type : application.getClasses()) {
        if (type.isAnnotationPresent(Path.class)) {
          resourceClasses.add(type);
        } else {
          providers.add(newInstance(type));
        }
      }
      List<Object> instances = new ArrayList<>();
      for (Object singleton : application.getSingletons()) {
        if (singleton.getClass().isAnnotationPresent(Path.class)) {
          resourceClasses.add(singleton.getClass());
          instances.add(singleton);
        } else {
          providers.add(singleton);
        }
      }
      bean.setResourceClasses(resourceClasses);
      for (Object instance : instances) {
        bean.setResourceProvider(instance.getClass(), new SingletonResourceProvider(instance));
      }
      bean.setProviders(providers);
      return bean;
    });
  }

  private static Object newInstance(Class<?> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Deployment start(Supplier<JAXRSServerFactoryBean> configure) {
    return FreePort.retry(port -> {
      JAXRSServerFactoryBean bean = configure.get();
      bean.setAddress("http://127.0.0.1:" + port + "/");
      if (separateHeaderLines) {
        Map<String, Object> properties = new HashMap<>();
        if (bean.getProperties() != null) {
          properties.putAll(bean.getProperties());
        }
        properties.put(ADD_HEADERS, true);
        bean.setProperties(properties);
      }
      Server server = bean.create();
      URI base = URI.create("http://127.0.0.1:" + port);
      return Deployment.of(base, () -> {
        server.stop();
        server.destroy();
      });
    });
  }
}
