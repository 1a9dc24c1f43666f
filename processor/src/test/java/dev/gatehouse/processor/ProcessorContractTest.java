package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the processor behaves towards javac and other processors. */
class ProcessorContractTest {

  private static final JavaFileObject ALL_ANNOTATIONS =
      JavaFileObjects.forSourceString(
          "com.example.Orders",
          """
          package com.example;

          import dev.gatehouse.annotations.Auth;
          import dev.gatehouse.annotations.AuthBackends;
          import dev.gatehouse.annotations.HasPermission;
          import dev.gatehouse.runtime.AuthenticationBackend;
          import jakarta.annotation.security.DenyAll;
          import jakarta.annotation.security.PermitAll;
          import jakarta.annotation.security.RolesAllowed;
          import jakarta.ws.rs.DELETE;
          import jakarta.ws.rs.GET;
          import jakarta.ws.rs.POST;
          import jakarta.ws.rs.PUT;
          import jakarta.ws.rs.Path;

          @Path("/orders")
          @Auth
          public class Orders {
            @GET
            @PermitAll
            public String list() {
              return "orders";
            }

            @POST
            @HasPermission("orders:write")
            @AuthBackends(AuthenticationBackend.class)
            public String create(String order) {
              return order;
            }

            @PUT
            @RolesAllowed("editor")
            public String update(String order) {
              return order;
            }

            @DELETE
            @DenyAll
            public String delete() {
              return "gone";
            }
          }
          """);

  /** Processors that run after Gatehouse still see every annotation it reads. */
  @Test
  void neverClaimsAnnotations() {
    Recorder recorder = new Recorder();

    Compilation compilation =
        Fixtures.gatehouse()
            .withProcessors(new GatehouseProcessor(), recorder)
            .compile(ALL_ANNOTATIONS);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(Recorder.SUPPORTED, recorder.seen);
  }

  /**
   * A resource whose superclass another processor generates is read once that class exists, in a
   * later round, rather than guessed at or reported as unresolved.
   */
  @Test
  void defersTypesThatAnotherProcessorGenerates() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Late",
            """
            package com.example;

            import jakarta.ws.rs.Path;

            @Path("/late")
            public class Late extends LateBase {}
            """);

    Compilation compilation =
        Fixtures.gatehouse()
            .withProcessors(new GatehouseProcessor(), new LateBaseGenerator())
            .compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.Late_Gatehouse")
        .contentsAsUtf8String()
        .contains("binder.bind(Late.class, \"get\", new Class<?>[] {}, 0); // GetCheck");
    assertThat(compilation)
        .generatedSourceFile("com.example.Late_Gatehouse")
        .contentsAsUtf8String()
        .contains("{@code @Auth on LateBase}");
  }

  /**
   * A sub-resource locator made public with {@code @PermitAll} in a guarded class gets no check,
   * only a binding that tells the runtime so.
   */
  @Test
  void publicSubResourceLocatorIsAllowed() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.annotation.security.PermitAll;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            @Auth
            public class Orders {
              @GET
              public String list() {
                return "orders";
              }

              @Path("help")
              @PermitAll
              public Help help() {
                return new Help();
              }

              public static class Help {
                @GET
                public String get() {
                  return "help";
                }
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.Orders_Gatehouse")
        .contentsAsUtf8String()
        .contains("binder.bindPublicLocator(Orders.class, \"help\", new Class<?>[] {});");
    assertThat(compilation)
        .generatedSourceFile("com.example.Orders_Gatehouse")
        .contentsAsUtf8String()
        .doesNotContain("HelpCheck");
  }

  /**
   * {@code -Agatehouse.denyByDefault=true}: a method without rules requires authentication by
   * any backend; a rule that requires it already is left alone; {@code @PermitAll} stays public,
   * and so does a method without the option.
   */
  @Test
  void denyByDefaultOptionRequiresAuthenticationUnlessPermitAll() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.HasPermission;
            import jakarta.annotation.security.PermitAll;
            import jakarta.ws.rs.DELETE;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.POST;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              public String list() {
                return "orders";
              }

              @POST
              @PermitAll
              public String open() {
                return "open";
              }

              @DELETE
              @HasPermission("orders:delete")
              public void clear() {}
            }
            """);

    Compilation on =
        Fixtures.gatehouse()
            .withOptions(Fixtures.LINT, "-Agatehouse.denyByDefault=true")
            .compile(source);
    assertThat(on).succeededWithoutWarnings();
    String generated = ordersIndex(on);
    assertTrue(
        generated.contains(
            "binder.bind(Orders.class, \"list\", new Class<?>[] {}, 1); // ListCheck"),
        generated);
    assertTrue(generated.contains("<li>{@code -Agatehouse.denyByDefault=true}"), generated);
    assertTrue(generated.contains("binder.bindPublic(Orders.class, \"open\""), generated);
    assertTrue(generated.contains("!user.hasPermission(\"orders:delete\")"), generated);

    Compilation off =
        Fixtures.gatehouse()
            .withOptions(Fixtures.LINT, "-Agatehouse.denyByDefault=false")
            .compile(source);
    assertThat(off).succeededWithoutWarnings();
    String plain = ordersIndex(off);
    assertTrue(plain.contains("binder.bindPublic(Orders.class, \"list\""), plain);
  }

  private static String ordersIndex(Compilation compilation) {
    return new String(Fixtures.generated(compilation).get("com/example/Orders_Gatehouse.java"), UTF_8);
  }

  /** Build tools find the processor through the service file AutoService writes. */
  @Test
  void isRegisteredAsAProcessor() {
    List<String> processors = new ArrayList<>();
    for (Processor processor : ServiceLoader.load(Processor.class, getClass().getClassLoader())) {
      processors.add(processor.getClass().getName());
    }
    assertTrue(processors.contains(GatehouseProcessor.class.getName()), processors.toString());
  }

  /**
   * Gradle's incremental kind is "aggregating": the services file merges the output of every
   * resource class.
   */
  @Test
  void declaresGradleIncrementalKindAggregating() throws IOException {
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertEquals(
          "dev.gatehouse.processor.GatehouseProcessor,aggregating",
          new String(in.readAllBytes(), UTF_8).strip());
    }
  }

  /** Records which of the annotations Gatehouse reads javac still offers to a later processor. */
  private static final class Recorder extends AbstractProcessor {
    static final Set<String> SUPPORTED =
        Set.of(
            "dev.gatehouse.annotations.Auth",
            "dev.gatehouse.annotations.AuthBackends",
            "dev.gatehouse.annotations.HasPermission",
            "jakarta.annotation.security.DenyAll",
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.RolesAllowed");

    final Set<String> seen = new TreeSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return SUPPORTED;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        if (!round.getElementsAnnotatedWith(annotation).isEmpty()) {
          seen.add(annotation.getQualifiedName().toString());
        }
      }
      return false;
    }
  }

  /** Generates {@code com.example.LateBase}, with a guarded resource method, in the first round. */
  private static final class LateBaseGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("jakarta.ws.rs.Path");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try {
        JavaFileObject file = processingEnv.getFiler().createSourceFile("com.example.LateBase");
        try (Writer out = file.openWriter()) {
          out.write(
              """
              package com.example;

              import dev.gatehouse.annotations.Auth;
              import jakarta.ws.rs.GET;

              @Auth
              public abstract class LateBase {
                @GET
                public String get() {
                  return "late";
                }
              }
              """);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
