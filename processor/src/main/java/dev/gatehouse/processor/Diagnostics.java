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
    }
    messager.printMessage(message.kind(), message.format(arguments), element, annotation, value);
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
