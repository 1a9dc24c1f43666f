package dev.gatehouse.benchmarks;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deploys a {@link DynamicFeature} on one resource method without a server: hands it the method
 * the way a runtime does ({@link ResourceInfo}) and keeps the filters it registers.
 */
final class Deployment implements FeatureContext {

  private final List<ContainerRequestFilter> filters = new ArrayList<>();

  private Deployment() {}

  /** The request filters {@code feature} registers for {@code resourceClass.methodName()}. */
  static List<ContainerRequestFilter> filters(
      DynamicFeature feature, Class<?> resourceClass, String methodName) {
    Method method;
    try {
      method = resourceClass.getMethod(methodName);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(e);
    }
    return filters(feature, resourceClass, method);
  }

  /** The request filters {@code feature} registers for {@code method} of {@code resourceClass}. */
  static List<ContainerRequestFilter> filters(
      DynamicFeature feature, Class<?> resourceClass, Method method) {
    Deployment context = new Deployment();
    feature.configure(resourceInfo(resourceClass, method), context);
    return context.filters;
  }

  /** The request filters {@code feature} registers when it is configured (a session feature). */
  static List<ContainerRequestFilter> filters(Feature feature) {
    Deployment context = new Deployment();
    feature.configure(context);
    return context.filters;
  }

  static ResourceInfo resourceInfo(Class<?> resourceClass, Method method) {
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return resourceClass;
      }
    };
  }

  private FeatureContext add(Object component) {
    if (!(component instanceof ContainerRequestFilter filter)) {
      throw new IllegalArgumentException("unexpected component " + component);
    }
    filters.add(filter);
    return this;
  }

  @Override
  public FeatureContext register(Object component) {
    return add(component);
  }

  @Override
  public FeatureContext register(Object component, int priority) {
    return add(component);
  }

  @Override
  public FeatureContext register(Object component, Class<?>... contracts) {
    return add(component);
  }

  @Override
  public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
    return add(component);
  }

  @Override
  public FeatureContext register(Class<?> componentClass) {
    throw new UnsupportedOperationException("registers a class: " + componentClass);
  }

  @Override
  public FeatureContext register(Class<?> componentClass, int priority) {
    throw new UnsupportedOperationException("registers a class: " + componentClass);
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
    throw new UnsupportedOperationException("registers a class: " + componentClass);
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
    throw new UnsupportedOperationException("registers a class: " + componentClass);
  }

  @Override
  public Configuration getConfiguration() {
    throw new UnsupportedOperationException();
  }

  @Override
  public FeatureContext property(String name, Object value) {
    throw new UnsupportedOperationException();
  }
}
