package dev.gatehouse.processor;

import static dev.gatehouse.processor.TypeNames.AUTH;
import static dev.gatehouse.processor.TypeNames.AUTH_BACKENDS;
import static dev.gatehouse.processor.TypeNames.DENY_ALL;
import static dev.gatehouse.processor.TypeNames.HAS_PERMISSION;
import static dev.gatehouse.processor.TypeNames.PERMIT_ALL;
import static dev.gatehouse.processor.TypeNames.ROLES_ALLOWED;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the rule annotations written on one element, each on its own and against each other,
 * reporting every problem on the exact annotation value.
 */
final class AnnotationChecker {

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final ResourceReader reader;

  AnnotationChecker(
      Elements elements, Types types, Diagnostics diagnostics, ResourceReader reader) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.reader = reader;
  }

  /**
   * Checks the rules on {@code element}; {@code known} are the classes of this compilation round
   * (a rule on a supertype may reach resource methods only a subclass declares).
   */
  void check(Element element, List<TypeElement> known) {
    checkPlacement(element, known);
    checkValues(element);
  }

  private void checkValues(Element element) {
    Optional<AnnotationMirror> auth = Annotations.find(element, AUTH);
    Optional<AnnotationMirror> permission = Annotations.find(element, HAS_PERMISSION);
    Optional<AnnotationMirror> backends = Annotations.find(element, AUTH_BACKENDS);
    Optional<AnnotationMirror> permitAll = Annotations.find(element, PERMIT_ALL);
    Optional<AnnotationMirror> denyAll = Annotations.find(element, DENY_ALL);
    Optional<AnnotationMirror> rolesAllowed = Annotations.find(element, ROLES_ALLOWED);

    auth.ifPresent(mirror -> checkScopes(element, mirror));
    permission.ifPresent(mirror -> checkPermissions(element, mirror));
    rolesAllowed.ifPresent(mirror -> checkPermissions(element, mirror));
    backends.ifPresent(mirror -> checkBackends(element, mirror));
    if (auth.isPresent() && backends.isPresent()) {
      checkScopesAgainstBackends(element, auth.get(), backends.get());
    }

    if (permitAll.isPresent()) {
      for (Optional<AnnotationMirror> other : List.of(auth, permission, rolesAllowed, denyAll)) {
        other.ifPresent(
            mirror ->
                diagnostics.report(
                    Messages.PERMIT_ALL_CONFLICT,
                    element,
                    mirror,
                    null,
                    describe(element),
                    Annotations.simpleName(mirror)));
      }
    }
    if (denyAll.isPresent()) {
      for (Optional<AnnotationMirror> other : List.of(auth, permission, rolesAllowed, backends)) {
        other.ifPresent(
            mirror ->
                diagnostics.report(
                    Messages.DENY_ALL_CONFLICT,
                    element,
                    mirror,
                    null,
                    describe(element),
                    Annotations.simpleName(mirror)));
      }
    }
  }

  // ------------------------------------------------------------------ where a rule may sit

  /** The rule annotations on the element that Gatehouse would enforce, in a fixed order. */
  private static List<AnnotationMirror> rules(Element element, boolean withJsr250) {
    List<AnnotationMirror> found = new java.util.ArrayList<>();
    for (String name : List.of(AUTH, HAS_PERMISSION, AUTH_BACKENDS)) {
      Annotations.find(element, name).ifPresent(found::add);
    }
    if (withJsr250) {
      for (String name : List.of(PERMIT_ALL, DENY_ALL, ROLES_ALLOWED)) {
        Annotations.find(element, name).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * A rule must sit where it can apply: on a public instance method that is (or is overridden
   * by) a resource method or locator, or on a type that has (or whose subclasses have) some. The
   * JSR-250 annotations serve other frameworks too (EJB, CDI), so their placement is checked only
   * in types that Jakarta REST annotations mark as resources.
   */
  private void checkPlacement(Element element, List<TypeElement> known) {
    if (element instanceof ExecutableElement method) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      boolean resource =
          ResourceReader.jaxRsDeclaration(reader.overrideChain(owner, method)) != null
              || reader.reachesResourceMethod(owner, known, (m, chain) -> chain.contains(method));
      boolean jaxRsType = resource || isJaxRsType(owner, known);
      for (AnnotationMirror mirror : rules(method, jaxRsType)) {
        String annotation = Annotations.simpleName(mirror);
        if (owner.getKind() == ElementKind.ANNOTATION_TYPE) {
          diagnostics.report(
              Messages.ANNOTATION_MEMBER, method, mirror, null, annotation, describe(method));
        } else if (method.getModifiers().contains(Modifier.STATIC)) {
          diagnostics.report(
              Messages.STATIC_METHOD, method, mirror, null, annotation, describe(method));
        } else if (!method.getModifiers().contains(Modifier.PUBLIC)) {
          diagnostics.report(
              Messages.NON_PUBLIC_METHOD,
              method,
              mirror,
              null,
              annotation,
              describe(method),
              method.getModifiers().contains(Modifier.PRIVATE)
                  ? "private"
                  : method.getModifiers().contains(Modifier.PROTECTED)
                      ? "protected"
                      : "package-private");
        } else if (!resource) {
          diagnostics.report(
              Messages.NOT_A_RESOURCE_METHOD, method, mirror, null, annotation, describe(method));
        }
      }
    } else if (element instanceof TypeElement type) {
      boolean isInterface = type.getKind().isInterface();
      boolean resource =
          type.getKind() != ElementKind.ANNOTATION_TYPE
              && reader.reachesResourceMethod(
                  type,
                  known,
                  (m, chain) ->
                      !isInterface
                          || chain.stream().anyMatch(c -> c.getEnclosingElement().equals(type)));
      if (resource) {
        return;
      }
      for (AnnotationMirror mirror : rules(type, Annotations.find(type, TypeNames.PATH).isPresent())) {
        diagnostics.report(
            Messages.NO_RESOURCE_METHODS,
            type,
            mirror,
            null,
            Annotations.simpleName(mirror),
            describe(type),
            kindName(type));
      }
    }
  }

  /** Whether Jakarta REST annotations mark the type (or a subclass) as a resource. */
  private boolean isJaxRsType(TypeElement type, List<TypeElement> known) {
    return Annotations.find(type, TypeNames.PATH).isPresent()
        || reader.reachesResourceMethod(type, known, (m, chain) -> true);
  }

  private static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "interface";
      case ANNOTATION_TYPE -> "annotation type";
      case ENUM -> "enum";
      case RECORD -> "record";
      default -> "class";
    };
  }

  // ------------------------------------------------------------------ annotation values

  private void checkScopes(Element element, AnnotationMirror mirror) {
    Set<String> seen = new HashSet<>();
    for (AnnotationValue value : Annotations.values(elements, mirror, "value")) {
      String scope = String.valueOf(value.getValue());
      if (scope.isBlank()) {
        diagnostics.report(
            Messages.BLANK_SCOPE, element, mirror, value, describe(element), scope);
      } else if (!seen.add(scope)) {
        reportDuplicate(element, mirror, value, '"' + scope + '"');
      }
    }
  }

  private void reportDuplicate(
      Element element, AnnotationMirror mirror, AnnotationValue value, String entry) {
    diagnostics.report(
        Messages.DUPLICATE,
        element,
        mirror,
        value,
        Annotations.simpleName(mirror),
        describe(element),
        entry);
  }

  /**
   * {@code @Auth} scopes against the backends of {@code @AuthBackends} on the same element, when
   * every one of them declares its scope as a compile-time constant {@code public static final
   * String SCOPE} (as {@code JwtAuthBackend} does). A backend without one keeps the check off:
   * the runtime then checks at startup.
   */
  private void checkScopesAgainstBackends(
      Element element, AnnotationMirror auth, AnnotationMirror backends) {
    Set<String> provided = new java.util.TreeSet<>();
    for (AnnotationValue value : Annotations.values(elements, backends, "value")) {
      Object type = value.getValue();
      if (!(type instanceof javax.lang.model.type.DeclaredType declared)) {
        return;
      }
      String scope = scopeConstant((TypeElement) declared.asElement());
      if (scope == null) {
        return;
      }
      provided.add(scope);
    }
    if (provided.isEmpty()) {
      return;
    }
    for (AnnotationValue value : Annotations.values(elements, auth, "value")) {
      String scope = String.valueOf(value.getValue());
      if (!scope.isBlank() && !provided.contains(scope)) {
        diagnostics.report(
            Messages.UNKNOWN_SCOPE,
            element,
            auth,
            value,
            describe(element),
            scope,
            String.join(", ", provided),
            scope);
      }
    }
  }

  /** The value of the class's (or a superclass's) {@code public static final String SCOPE}. */
  private String scopeConstant(TypeElement backend) {
    for (TypeElement t = backend; t != null; ) {
      for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals("SCOPE")
            && field.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL))
            && field.getConstantValue() instanceof String scope) {
          return scope;
        }
      }
      TypeMirror superclass = t.getSuperclass();
      t = superclass.getKind() == TypeKind.DECLARED
          ? (TypeElement) types.asElement(superclass)
          : null;
    }
    return null;
  }

  private void checkPermissions(Element element, AnnotationMirror mirror) {
    List<AnnotationValue> values = Annotations.values(elements, mirror, "value");
    String annotation = Annotations.simpleName(mirror);
    if (values.isEmpty()) {
      diagnostics.report(
          Messages.NO_PERMISSIONS,
          element,
          mirror,
          Annotations.value(elements, mirror, "value"),
          annotation,
          describe(element));
    }
    Set<String> seen = new HashSet<>();
    for (AnnotationValue value : values) {
      String permission = String.valueOf(value.getValue());
      if (!permission.isBlank() && !seen.add(permission)) {
        reportDuplicate(element, mirror, value, '"' + permission + '"');
      }
      if (permission.isBlank()) {
        diagnostics.report(
            Messages.BLANK_PERMISSION,
            element,
            mirror,
            value,
            annotation,
            describe(element),
            permission);
      }
    }
  }

  private void checkBackends(Element element, AnnotationMirror mirror) {
    List<AnnotationValue> values = Annotations.values(elements, mirror, "value");
    if (values.isEmpty()) {
      diagnostics.report(
          Messages.NO_BACKENDS,
          element,
          mirror,
          Annotations.value(elements, mirror, "value"),
          describe(element));
      return;
    }
    TypeElement backendType = elements.getTypeElement(TypeNames.AUTHENTICATION_BACKEND);
    if (backendType == null) {
      diagnostics.report(
          Messages.RUNTIME_MISSING, element, mirror, null, "@AuthBackends on " + describe(element));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (AnnotationValue value : values) {
      TypeMirror type = (TypeMirror) value.getValue();
      if (type.getKind() == TypeKind.ERROR) {
        continue; // javac reports the unknown class itself
      }
      if (!seen.add(type.toString())) {
        reportDuplicate(element, mirror, value, Annotations.simpleName(type) + ".class");
      }
      if (type.getKind() != TypeKind.DECLARED
          || !types.isAssignable(types.erasure(type), types.erasure(backendType.asType()))) {
        diagnostics.report(
            Messages.NOT_A_BACKEND, element, mirror, value, describe(element), type);
      }
    }
  }

  /** An element as messages name it: {@code ProfileResource} or {@code ProfileResource.me()}. */
  static String describe(Element element) {
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    if (element instanceof javax.lang.model.element.PackageElement pkg) {
      return "package " + pkg.getQualifiedName();
    }
    StringJoiner parameters = new StringJoiner(", ", "(", ")");
    if (element instanceof ExecutableElement method) {
      for (VariableElement parameter : method.getParameters()) {
        parameters.add(Annotations.simpleName(parameter.asType()));
      }
    }
    return Annotations.nestedName(element.getEnclosingElement())
        + "."
        + element.getSimpleName()
        + parameters;
  }
}
