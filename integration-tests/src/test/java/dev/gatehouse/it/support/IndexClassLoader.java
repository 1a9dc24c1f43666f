package dev.gatehouse.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader that sees the test class path but replaces the {@code META-INF/services} index of
 * generated Gatehouse filters: with none (as if the processor had not run), or with chosen index
 * classes.
 */
public final class IndexClassLoader extends ClassLoader {

  public static final String SERVICES = "META-INF/services/dev.gatehouse.runtime.internal.GatehouseIndex";

  private final List<URL> services;

  private IndexClassLoader(List<URL> services) {
    super(IndexClassLoader.class.getClassLoader());
    this.services = services;
  }

  /** Sees no generated index at all. */
  public static IndexClassLoader withoutIndex() {
    return new IndexClassLoader(List.of());
  }

  /** Sees the real index files and, in addition, one listing {@code extra}. */
  public static IndexClassLoader withAdditional(Path dir, Class<?>... extra) {
    List<URL> all = new ArrayList<>();
    try {
      all.addAll(Collections.list(IndexClassLoader.class.getClassLoader().getResources(SERVICES)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    all.add(servicesFile(dir, extra));
    return new IndexClassLoader(List.copyOf(all));
  }

  /** Sees only an index listing {@code indexes}. */
  public static IndexClassLoader withOnly(Path dir, Class<?>... indexes) {
    return new IndexClassLoader(List.of(servicesFile(dir, indexes)));
  }

  /** Sees only an index listing these class names, which need not exist. */
  public static IndexClassLoader withOnlyNames(Path dir, String... indexes) {
    return new IndexClassLoader(List.of(servicesFile(dir, indexes)));
  }

  private static URL servicesFile(Path dir, Class<?>... indexes) {
    String[] names = new String[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      names[i] = indexes[i].getName();
    }
    return servicesFile(dir, names);
  }

  private static URL servicesFile(Path dir, String... indexes) {
    StringBuilder text = new StringBuilder();
    for (String index : indexes) {
      text.append(index).append('\n');
    }
    try {
      Path file = Files.createTempFile(dir, "services", ".txt");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public URL getResource(String name) {
    if (SERVICES.equals(name)) {
      return services.isEmpty() ? null : services.get(0);
    }
    return super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (SERVICES.equals(name)) {
      return Collections.enumeration(services);
    }
    return super.getResources(name);
  }
}
