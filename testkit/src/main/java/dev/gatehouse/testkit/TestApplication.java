package dev.gatehouse.testkit;

import jakarta.ws.rs.core.Application;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain {@link Application} (no runtime API) with the resources and providers of one kit case:
 * classes through {@link #getClasses()}, instances (the Gatehouse feature among them) through
 * {@link #getSingletons()}.
 */
public final class TestApplication extends Application {

  private final Set<Class<?>> classes;
  private final Set<Object> singletons;

  public TestApplication(List<Class<?>> classes, List<Object> singletons) {
    this.classes = new LinkedHashSet<>(classes);
    this.singletons = new LinkedHashSet<>(singletons);
  }

  @Override
  public Set<Class<?>> getClasses() {
    return classes;
  }

  @Override
  public Set<Object> getSingletons() {
    return singletons;
  }
}
