package dev.gatehouse.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A resource class whose methods Gatehouse guards, as checked by {@link ResourceReader} and
 * written by {@link FilterWriter}.
 *
 * @param resource the resource class
 * @param generated the generated index class, {@code <Resource>_Gatehouse} in the same package
 * @param methods every resource method of the class, sorted by name and parameter types
 * @param originatingElements the resource class and the supertypes whose annotations it reads
 */
record ResourceModel(
    ClassName resource,
    ClassName generated,
    List<MethodModel> methods,
    List<TypeElement> originatingElements) {}
