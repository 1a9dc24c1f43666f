package dev.gatehouse.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reports messages on the exact element, annotation and value (so an IDE underlines the token),
 * and remembers whether any error was reported for the resource class being read.
 */
final class Diagnostics {

  private final Messager messager;
  private boolean errors;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  void report(
      Messages message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... arguments) {
    if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors = true;
    } else if (suppressed(message, element)) {
      return;
    }
    messager.printMessage(message.kind(), message.format(arguments), element, annotation, value);
  }

  /**
   * Whether {@code @SuppressWarnings("gatehouse:<tag>")} sits on the element or any element
   * enclosing it (class, outer class, package). Only warnings are ever suppressed.
   */
  private static boolean suppressed(Messages message, Element element) {
    String wanted = "gatehouse:" + message.tag();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && java.util.Arrays.asList(suppress.value()).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  void report(Messages message, Element element, Object... arguments) {
    report(message, element, null, null, arguments);
  }

  /** Whether an error was reported since the last call, and forgets it. */
  boolean takeErrors() {
    boolean had = errors;
    errors = false;
    return had;
  }
}
