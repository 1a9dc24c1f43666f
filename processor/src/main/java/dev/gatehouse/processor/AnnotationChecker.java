package dev.gatehouse.processor;

import static dev.gatehouse.processor.TypeNames.AUTH;
import static dev.gatehouse.processor.TypeNames.AUTH_BACKENDS;
import static dev.gatehouse.processor.TypeNames.DENY_ALL;
import static dev.gatehouse.processor.TypeNames.HAS_PERMISSION;
import static dev.gatehouse.processor.TypeNames.PERMIT_ALL;
import static dev.gatehouse.processor.TypeNames.ROLES_ALLOWED;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
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

  AnnotationChecker(Elements elements, Types types, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
  }

  void check(Element element) {
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

  private void checkScopes(Element element, AnnotationMirror mirror) {
    for (AnnotationValue value : Annotations.values(elements, mirror, "value")) {
      String scope = String.valueOf(value.getValue());
      if (scope.isBlank()) {
        diagnostics.report(
            Messages.BLANK_SCOPE, element, mirror, value, describe(element), scope);
      }
    }
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
    for (AnnotationValue value : values) {
      String permission = String.valueOf(value.getValue());
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
    for (AnnotationValue value : values) {
      TypeMirror type = (TypeMirror) value.getValue();
      if (type.getKind() == TypeKind.ERROR) {
        continue; // javac reports the unknown class itself
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
