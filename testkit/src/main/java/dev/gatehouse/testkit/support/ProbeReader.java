package dev.gatehouse.testkit.support;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads {@link Probe} entities and counts how often it did: a refused request must not count. */
@Provider
@Consumes(ProbeReader.TYPE)
public final class ProbeReader implements MessageBodyReader<Probe> {

  public static final String TYPE = "application/x-probe";

  public static final AtomicInteger READS = new AtomicInteger();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == Probe.class;
  }

  @Override
  public Probe readFrom(
      Class<Probe> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    READS.incrementAndGet();
    return new Probe(new String(entityStream.readAllBytes(), StandardCharsets.UTF_8));
  }
}
