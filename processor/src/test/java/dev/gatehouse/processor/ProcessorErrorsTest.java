package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test (at least) per message of {@link Messages}, each named after the message and asserting
 * the message's tag and wording, the file, and the line of the offending annotation or value.
 *
 * <p>Offending values sit on a line of their own, so the line proves the error points at the value
 * and not just at the annotation or the method.
 */
class ProcessorErrorsTest {

  // ------------------------------------------------------------------ annotation values

  @Test
  void blankScope() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @Auth({
                  "jwt",
                  " "
              })
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:blank-scope] @Auth scopes must not be blank, but Orders.list() lists \" \":"
                + " name a backend scope")
        .inFile(source)
        .onLineContaining("\" \"");
  }

  @Test
  void blankPermission() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.HasPermission;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            @HasPermission({
                "orders:read",
                ""
            })
            public class Orders {
              @GET
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:blank-permission] @HasPermission permissions must not be blank, but"
                + " com.example.Orders lists \"\"")
        .inFile(source)
        .onLineContaining("\"\"");
  }

  @Test
  void blankPermissionInRolesAllowed() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import jakarta.annotation.security.RolesAllowed;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @RolesAllowed({
                  "\\t"
              })
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:blank-permission] @RolesAllowed permissions must not be blank, but"
                + " Orders.list() lists \"\t\"")
        .inFile(source)
        .onLineContaining("\"\\t\"");
  }

  @Test
  void noPermissions() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.HasPermission;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @HasPermission(
                  value = {})
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:no-permissions] @HasPermission needs at least one permission, but"
                + " Orders.list() lists none: name the permissions, or use @Auth")
        .inFile(source)
        .onLineContaining("value = {}");
  }

  /**
   * The only error: no filter is generated after a rule was rejected (an empty check there would
   * add a second, confusing error in generated code).
   */
  @Test
  void noPermissionsInRolesAllowed() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import jakarta.annotation.security.RolesAllowed;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @RolesAllowed(
                  {})
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:no-permissions] @RolesAllowed needs at least one permission, but"
                + " Orders.list() lists none")
        .inFile(source)
        .onLineContaining("{})");
  }

  @Test
  void noBackends() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import dev.gatehouse.annotations.AuthBackends;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            @Auth
            public class Orders {
              @GET
              @AuthBackends(
                  {})
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:no-backends] @AuthBackends needs at least one backend class, but"
                + " Orders.list() lists none: name the backends, or remove the annotation")
        .inFile(source)
        .onLineContaining("{})");
  }

  @Test
  void notABackend() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import dev.gatehouse.annotations.AuthBackends;
            import dev.gatehouse.runtime.AuthResult;
            import dev.gatehouse.runtime.AuthenticationBackend;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;
            import jakarta.ws.rs.container.ContainerRequestContext;

            @Path("/orders")
            @Auth
            @AuthBackends({
                Orders.TokenBackend.class,
                String.class
            })
            public class Orders {
              @GET
              public String list() {
                return "orders";
              }

              public static class TokenBackend implements AuthenticationBackend {
                @Override
                public String scope() {
                  return "token";
                }

                @Override
                public AuthResult authenticate(ContainerRequestContext request) {
                  return null;
                }
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:not-a-backend] @AuthBackends may name only classes that implement"
                + " dev.gatehouse.runtime.AuthenticationBackend, but com.example.Orders names"
                + " java.lang.String")
        .inFile(source)
        .onLineContaining("String.class");
  }

  @Test
  void notABackendPrimitive() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import dev.gatehouse.annotations.AuthBackends;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @Auth
              @AuthBackends(
                  int.class)
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[gatehouse:not-a-backend]")
        .inFile(source)
        .onLineContaining("int.class");
  }

  /** Without the runtime on the class path, {@code @AuthBackends} cannot be checked. */
  @Test
  void runtimeMissing() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import dev.gatehouse.annotations.AuthBackends;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @Auth
              @AuthBackends(TokenBackend.class)
              public String list() {
                return "orders";
              }
            }

            class TokenBackend {}
            """);

    Compilation compilation =
        Fixtures.gatehouse()
            .withClasspath(
                List.of(
                    Fixtures.classPathEntryOf("dev.gatehouse.annotations.Auth"),
                    Fixtures.classPathEntryOf("jakarta.ws.rs.Path")))
            .compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:runtime-missing] @AuthBackends on Orders.list() needs the Gatehouse"
                + " runtime (package dev.gatehouse.runtime) on the class path: add the"
                + " dev.gatehouse:gatehouse-runtime dependency")
        .inFile(source)
        .onLineContaining("@AuthBackends(");
  }

  /** Without the runtime, one error on the class instead of a cascade in generated code. */
  @Test
  void runtimeMissingForGeneratedCode() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            @Auth
            public class Orders {
              @GET
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation =
        Fixtures.gatehouse()
            .withClasspath(
                List.of(
                    Fixtures.classPathEntryOf("dev.gatehouse.annotations.Auth"),
                    Fixtures.classPathEntryOf("jakarta.ws.rs.Path")))
            .compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:runtime-missing] the generated filter of Orders needs the Gatehouse"
                + " runtime (package dev.gatehouse.runtime) on the class path")
        .inFile(source)
        .onLineContaining("public class Orders");
  }

  // ------------------------------------------------------------------ conflicting annotations

  @Test
  void permitAllConflict() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.annotation.security.PermitAll;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @PermitAll
              @Auth("jwt")
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:permit-all-conflict] @PermitAll makes Orders.list() public, so @Auth on the"
                + " same element can never apply: remove one of them")
        .inFile(source)
        .onLineContaining("@Auth(\"jwt\")");
  }

  @Test
  void denyAllConflict() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import jakarta.annotation.security.DenyAll;
            import jakarta.annotation.security.RolesAllowed;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            @DenyAll
            @RolesAllowed("admin")
            public class Orders {
              @GET
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:deny-all-conflict] @DenyAll refuses every request to com.example.Orders,"
                + " so @RolesAllowed on the same element can never apply: remove one of them")
        .inFile(source)
        .onLineContaining("@RolesAllowed(\"admin\")");
  }

  // ------------------------------------------------------------------ resource classes

  @Test
  void inaccessibleResource() {
    JavaFileObject source =
        source(
            "com.example.Api",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            public class Api {
              @Path("/hidden")
              @Auth
              private static class Hidden {
                @GET
                public String get() {
                  return "hidden";
                }
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:inaccessible-resource] Gatehouse cannot guard com.example.Api.Hidden: its"
                + " generated filter lives in the same package")
        .inFile(source)
        .onLineContaining("class Hidden");
  }

  @Test
  void inaccessibleResourceInPrivateClass() {
    JavaFileObject source =
        source(
            "com.example.Api",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            public class Api {
              private static class Holder {
                @Path("/hidden")
                @Auth
                static class Inner {
                  @GET
                  public String get() {
                    return "hidden";
                  }
                }
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:inaccessible-resource] Gatehouse cannot guard com.example.Api.Holder.Inner")
        .inFile(source)
        .onLineContaining("class Inner");
  }

  @Test
  void nonStaticResource() {
    JavaFileObject source =
        source(
            "com.example.Api",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            public class Api {
              @Path("/inner")
              @Auth
              public class Inner {
                @GET
                public String get() {
                  return "inner";
                }
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:non-static-resource] Gatehouse cannot guard com.example.Api.Inner: a"
                + " resource class nested in another class must be static; add the static"
                + " modifier")
        .inFile(source)
        .onLineContaining("class Inner");
  }

  @Test
  void missingSupertypeIsReportedOnceByJavac() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            @Auth
            public class Orders extends MissingBase {
              @GET
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("MissingBase");
  }

  // ------------------------------------------------------------------ internal errors

  /**
   * An exception while reading one resource class becomes an error on that class, not a javac
   * crash. Provoked without test hooks: the fixture brings its own {@code HasPermission} whose
   * {@code match} is a String, so reading it as an enum constant throws ClassCastException.
   */
  @Test
  void internalErrorOnOneClass() {
    JavaFileObject fakeAnnotation =
        source(
            "dev.gatehouse.annotations.HasPermission",
            """
            package dev.gatehouse.annotations;

            public @interface HasPermission {
              String[] value();

              String match() default "ALL";
            }
            """);
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.HasPermission;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @HasPermission("orders:read")
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation =
        Fixtures.gatehouse()
            .withClasspath(classPathWithoutAnnotations())
            .compile(fakeAnnotation, source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:internal-error] the Gatehouse processor failed on com.example.Orders;"
                + " please report this with the stack trace:")
        .inFile(source)
        .onLineContaining("public class Orders");
    assertThat(compilation).hadErrorContaining("java.lang.ClassCastException");
  }

  /**
   * An exception outside the reading of one class (here in the checker, which runs over every
   * annotated element) becomes an error on the compilation. The fixture's {@code HasPermission}
   * has no {@code value} member at all.
   */
  @Test
  void internalErrorOnTheCompilation() {
    JavaFileObject fakeAnnotation =
        source(
            "dev.gatehouse.annotations.HasPermission",
            """
            package dev.gatehouse.annotations;

            public @interface HasPermission {
              String[] permissions();
            }
            """);
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.HasPermission;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @HasPermission(permissions = "orders:read")
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation =
        Fixtures.gatehouse()
            .withClasspath(classPathWithoutAnnotations())
            .compile(fakeAnnotation, source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:internal-error] the Gatehouse processor failed on this compilation; please"
                + " report this with the stack trace:");
    assertThat(compilation)
        .hadErrorContaining(
            "java.lang.IllegalArgumentException: dev.gatehouse.annotations.HasPermission has no"
                + " member value");
  }

  // ------------------------------------------------------------------ where a rule may sit

  @Test
  void notAResourceMethod() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.HasPermission;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              public String list() {
                return helper();
              }

              @HasPermission("orders:read")
              public String helper() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:not-a-resource-method] @HasPermission on Orders.helper() can never apply:"
                + " the method is neither a resource method (no HTTP method designator such as"
                + " @GET) nor a sub-resource locator (no @Path)")
        .inFile(source)
        .onLineContaining("@HasPermission(\"orders:read\")");
  }

  /** A rule on a plain base-class method is fine when a subclass makes the override a resource method. */
  @Test
  void notAResourceMethodUnlessASubclassMakesItOne() {
    JavaFileObject base =
        source(
            "com.example.Base",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;

            public abstract class Base {
              @Auth
              public abstract String list();
            }
            """);
    JavaFileObject orders =
        source(
            "com.example.Orders",
            """
            package com.example;

            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders extends Base {
              @GET
              @Override
              public String list() {
                return "orders";
              }
            }
            """);

    assertThat(Fixtures.compile(base, orders)).succeededWithoutWarnings();
  }

  @Test
  void noResourceMethods() {
    JavaFileObject source =
        source(
            "com.example.Helper",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;

            @Auth("jwt")
            public class Helper {
              public String help() {
                return "help";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:no-resource-methods] @Auth on com.example.Helper can never apply: the"
                + " class has no resource methods or sub-resource locators")
        .inFile(source)
        .onLineContaining("@Auth(\"jwt\")");
  }

  /** An interface's class-level rule reaches only the resource methods that interface declares. */
  @Test
  void noResourceMethodsInAnInterface() {
    JavaFileObject source =
        source(
            "com.example.Marker",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Auth
            public interface Marker {
            }

            @Path("/orders")
            class Orders implements Marker {
              @GET
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[gatehouse:no-resource-methods] @Auth on com.example.Marker")
        .inFile(source)
        .onLineContaining("@Auth");
  }

  /** JSR-250 annotations also serve EJB and CDI: outside Jakarta REST types they are left alone. */
  @Test
  void noResourceMethodsIgnoresJsr250OutsideResources() {
    JavaFileObject source =
        source(
            "com.example.Service",
            """
            package com.example;

            import jakarta.annotation.security.RolesAllowed;

            @RolesAllowed("admin")
            public class Service {
              @RolesAllowed("admin")
              public void run() {}
            }
            """);

    assertThat(Fixtures.compile(source)).succeededWithoutWarnings();
  }

  @Test
  void nonPublicMethod() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @Auth
              String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:non-public-method] @Auth on Orders.list() can never apply: Jakarta REST"
                + " dispatches only to public methods, and this one is package-private")
        .inFile(source)
        .onLineContaining("@Auth");
  }

  @Test
  void staticMethod() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @Auth
              public static String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:static-method] @Auth on Orders.list() can never apply: Jakarta REST never"
                + " dispatches to static methods")
        .inFile(source)
        .onLineContaining("@Auth");
  }

  @Test
  void annotationMember() {
    JavaFileObject source =
        source(
            "com.example.Marker",
            """
            package com.example;

            import dev.gatehouse.annotations.HasPermission;

            public @interface Marker {
              @HasPermission("admin")
              String value();
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:annotation-member] @HasPermission on Marker.value() can never apply")
        .inFile(source)
        .onLineContaining("@HasPermission");
  }

  // ------------------------------------------------------------------ repeats and scopes

  @Test
  void duplicate() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.HasPermission;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @HasPermission({
                  "orders:read",
                  "orders:write",
                  "orders:read"  // again
              })
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[gatehouse:duplicate] @HasPermission on Orders.list() lists \"orders:read\" more"
                + " than once; the repeat has no effect")
        .inFile(source)
        .onLineContaining("// again");
  }

  @Test
  void duplicateBackendAndScope() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import dev.gatehouse.annotations.AuthBackends;
            import dev.gatehouse.runtime.jwt.JwtAuthBackend;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @Auth({"jwt",
                  "jwt"})
              @AuthBackends({JwtAuthBackend.class,
                  JwtAuthBackend.class})
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation)
        .hadWarningContaining("[gatehouse:duplicate] @Auth on Orders.list() lists \"jwt\"")
        .inFile(source)
        .onLineContaining("\"jwt\"})");
    assertThat(compilation)
        .hadWarningContaining(
            "[gatehouse:duplicate] @AuthBackends on Orders.list() lists JwtAuthBackend.class")
        .inFile(source)
        .onLineContaining("JwtAuthBackend.class})");
  }

  /** The suppression is found on any enclosing element: here the class. */
  @Test
  void duplicateSuppressed() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.HasPermission;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            @SuppressWarnings("gatehouse:duplicate")
            public class Orders {
              @GET
              @HasPermission({"orders:read", "orders:read"})
              public String list() {
                return "orders";
              }
            }
            """);

    assertThat(Fixtures.compile(source)).succeededWithoutWarnings();
  }

  /** Errors cannot be suppressed. */
  @Test
  void blankScopeCannotBeSuppressed() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            @SuppressWarnings({"gatehouse:blank-scope", "all"})
            public class Orders {
              @GET
              @Auth("")
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[gatehouse:blank-scope]")
        .inFile(source)
        .onLineContaining("@Auth(\"\")");
  }

  @Test
  void unknownScope() {
    JavaFileObject backend =
        source(
            "com.example.KeyBackend",
            """
            package com.example;

            import dev.gatehouse.runtime.AuthResult;
            import dev.gatehouse.runtime.AuthenticationBackend;
            import jakarta.ws.rs.container.ContainerRequestContext;

            public class KeyBackend implements AuthenticationBackend {
              public static final String SCOPE = "apikey";

              @Override
              public String scope() {
                return SCOPE;
              }

              @Override
              public AuthResult authenticate(ContainerRequestContext request) {
                return AuthResult.none();
              }
            }
            """);
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import dev.gatehouse.annotations.AuthBackends;
            import dev.gatehouse.runtime.jwt.JwtAuthBackend;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              @Auth({"jwt",
                  "session"})
              @AuthBackends({JwtAuthBackend.class, KeyBackend.class})
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(backend, source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:unknown-scope] @Auth on Orders.list() accepts scope \"session\", but none"
                + " of the backends its @AuthBackends names provides it (their SCOPE constants:"
                + " apikey, jwt)")
        .inFile(source)
        .onLineContaining("\"session\"})");
  }

  @Test
  void ignoredUnderDenyAll() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import dev.gatehouse.annotations.Auth;
            import jakarta.annotation.security.DenyAll;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            @DenyAll
            public class Orders {
              @GET
              @Auth("jwt")
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:ignored-under-deny-all] @Auth on Orders.list() is ignored: @DenyAll on"
                + " Orders refuses every request to it")
        .inFile(source)
        .onLineContaining("@Auth(\"jwt\")");
  }

  // ------------------------------------------------------------------ options

  @Test
  void badOption() {
    JavaFileObject source =
        source(
            "com.example.Orders",
            """
            package com.example;

            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;

            @Path("/orders")
            public class Orders {
              @GET
              public String list() {
                return "orders";
              }
            }
            """);

    Compilation compilation =
        Fixtures.gatehouse().withOptions(Fixtures.LINT, "-Agatehouse.denyByDefault=yes").compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gatehouse:bad-option] the processor option -Agatehouse.denyByDefault must be true or"
                + " false, but is \"yes\"");
  }

  // ------------------------------------------------------------------ coverage of Messages

  /**
   * Every message has a test above named after it ({@code BLANK_SCOPE}: {@code blankScope...}),
   * so a new message without a negative test fails here.
   */
  @Test
  void everyMessageHasATest() {
    List<String> missing = new ArrayList<>();
    for (Messages message : Messages.values()) {
      String prefix = camelCase(message.name());
      boolean found = false;
      for (Method method : ProcessorErrorsTest.class.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class) && method.getName().startsWith(prefix)) {
          found = true;
        }
      }
      if (!found) {
        missing.add(message.name() + " (a test named " + prefix + "...)");
      }
    }
    assertEquals(List.of(), missing, "messages without a negative test");
  }

  private static String camelCase(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      name.append(
          name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }

  // ------------------------------------------------------------------ helpers

  private static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** The test class path without gatehouse-annotations, so a fixture can bring its own. */
  private static List<File> classPathWithoutAnnotations() {
    return List.of(
        Fixtures.classPathEntryOf("dev.gatehouse.runtime.AuthenticationBackend"),
        Fixtures.classPathEntryOf("jakarta.ws.rs.Path"),
        Fixtures.classPathEntryOf("jakarta.annotation.security.PermitAll"));
  }
}
