package dev.gatehouse.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotation mirrors by type name. {@code Class}-valued members are read as mirrors, never
 * through {@code getAnnotation()} (which throws {@code MirroredTypeException}).
 */
final class Annotations {

  private Annotations() {}

  static Optional<AnnotationMirror> find(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (typeName(mirror).equals(annotationType)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static String typeName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The member's value, the default included. */
  static AnnotationValue value(Elements elements, AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(typeName(mirror) + " has no member " + member);
  }

  /** The elements of an array-valued member (a single value written without braces included). */
  static List<AnnotationValue> values(Elements elements, AnnotationMirror mirror, String member) {
    Object value = value(elements, mirror, member).getValue();
    List<AnnotationValue> values = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        values.add((AnnotationValue) item);
      }
    }
    return values;
  }

  /** The name of an enum-valued member's constant. */
  static String enumConstant(Elements elements, AnnotationMirror mirror, String member) {
    Object value = value(elements, mirror, member).getValue();
    return ((VariableElement) value).getSimpleName().toString();
  }

  /** The strings of a {@code String[]} member, in order. */
  static List<String> strings(Elements elements, AnnotationMirror mirror, String member) {
    List<String> strings = new ArrayList<>();
    for (AnnotationValue value : values(elements, mirror, member)) {
      strings.add(String.valueOf(value.getValue()));
    }
    return strings;
  }

  /**
   * The annotation as a reader would write it: {@code @Auth("jwt")}, {@code
   * @HasPermission(value = {"a", "b"}, match = ANY)}, {@code @AuthBackends(JwtAuthBackend.class)};
   * members in the order written, defaults left out.
   */
  static String toSource(AnnotationMirror mirror) {
    StringBuilder text = new StringBuilder("@").append(simpleName(mirror));
    Map<? extends ExecutableElement, ? extends AnnotationValue> values = mirror.getElementValues();
    if (values.isEmpty()) {
      return text.toString();
    }
    StringJoiner members = new StringJoiner(", ", "(", ")");
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        values.entrySet()) {
      String name = entry.getKey().getSimpleName().toString();
      String value = toSource(entry.getValue().getValue());
      members.add(values.size() == 1 && name.equals("value") ? value : name + " = " + value);
    }
    return text.append(members).toString();
  }

  private static String toSource(Object value) {
    if (value instanceof List<?> list) {
      if (list.size() == 1) {
        return toSource(((AnnotationValue) list.get(0)).getValue());
      }
      StringJoiner items = new StringJoiner(", ", "{", "}");
      for (Object item : list) {
        items.add(toSource(((AnnotationValue) item).getValue()));
      }
      return items.toString();
    }
    if (value instanceof String string) {
      return '"' + string.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof TypeMirror type) {
      return simpleName(type) + ".class";
    }
    if (value instanceof VariableElement constant) {
      return constant.getSimpleName().toString();
    }
    return String.valueOf(value);
  }

  /** A type as source names it without imports' help: {@code String}, {@code Widget[]}. */
  static String simpleName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return nestedName(((DeclaredType) type).asElement());
    }
    if (type instanceof ArrayType array) {
      return simpleName(array.getComponentType()) + "[]";
    }
    return type.toString();
  }

  /** A type's name with its enclosing types, without the package: {@code Api.Status}. */
  static String nestedName(Element type) {
    String name = type.getSimpleName().toString();
    Element enclosing = type.getEnclosingElement();
    return enclosing instanceof TypeElement outer ? nestedName(outer) + "." + name : name;
  }

  /** The simple name of the annotation, for messages: {@code Auth}. */
  static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }
}
