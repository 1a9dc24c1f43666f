package dev.gatehouse.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
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

  /** The simple name of the annotation, for messages: {@code Auth}. */
  static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }
}
