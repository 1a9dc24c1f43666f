package dev.gatehouse.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The Gatehouse annotation processor: reads {@code @Auth}, {@code @HasPermission}, {@code
 * AuthBackends} and the JSR-250 annotations on Jakarta REST resources, reports misuse on the exact
 * element, and generates one {@code <Resource>_Gatehouse} class per guarded resource class plus
 * the {@code META-INF/services} index the runtime reads.
 *
 * <p>Layers, one direction: {@link AnnotationChecker} and {@link ResourceReader} turn elements into
 * checked {@link ResourceModel}s; {@link FilterWriter} writes them and sees no element but the
 * originating ones. The processor claims no annotation (it supports {@code *} because rules are
 * inherited from supertypes a class does not name), keeps only names across rounds, and turns any
 * exception into a compile error.
 */
@AutoService(Processor.class)
public final class GatehouseProcessor extends AbstractProcessor {

  private static final List<String> RULE_ANNOTATIONS =
      List.of(
          TypeNames.AUTH,
          TypeNames.HAS_PERMISSION,
          TypeNames.AUTH_BACKENDS,
          TypeNames.PERMIT_ALL,
          TypeNames.DENY_ALL,
          TypeNames.ROLES_ALLOWED);

  private Diagnostics diagnostics;
  private AnnotationChecker checker;
  private ResourceReader reader;
  private FilterWriter writer;

  /** Types whose supertypes or annotation values could not yet be resolved, by name. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** The generated index classes, by name, for the services file. */
  private final Set<String> indexes = new TreeSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
    reader =
        new ResourceReader(
            processingEnv.getElementUtils(),
            processingEnv.getTypeUtils(),
            diagnostics,
            denyByDefault());
    checker =
        new AnnotationChecker(
            processingEnv.getElementUtils(), processingEnv.getTypeUtils(), diagnostics, reader);
    writer =
        new FilterWriter(
            processingEnv.getElementUtils().getTypeElement(TypeNames.GENERATED.canonicalName())
                != null);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  /**
   * {@code -Agatehouse.denyByDefault} (or {@code =true}) turns it on; anything but true or false
   * is an error rather than a silent "off".
   */
  private boolean denyByDefault() {
    String name = ResourceReader.DENY_BY_DEFAULT;
    if (!processingEnv.getOptions().containsKey(name)) {
      return false;
    }
    String value = processingEnv.getOptions().get(name);
    if (value == null || value.equalsIgnoreCase("true")) {
      return true;
    }
    if (!value.equalsIgnoreCase("false")) {
      processingEnv
          .getMessager()
          .printMessage(
              Messages.BAD_OPTION.kind(), Messages.BAD_OPTION.format(name, value, name));
      return true; // fail closed; the error stops the build anyway
    }
    return false;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(ResourceReader.DENY_BY_DEFAULT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (Throwable t) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      processingEnv
          .getMessager()
          .printMessage(
              Messages.INTERNAL_ERROR.kind(),
              Messages.INTERNAL_ERROR.format("this compilation", trace));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    // Each element once, though it may carry several rule annotations (else errors repeat).
    Set<Element> annotated = new LinkedHashSet<>();
    for (String name : RULE_ANNOTATIONS) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation != null) {
        annotated.addAll(round.getElementsAnnotatedWith(annotation));
      }
    }
    List<TypeElement> types = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    deferred.clear();
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      // What this processor wrote in the round before holds no resource: not read again.
      if (!indexes.contains(type.getQualifiedName().toString())) {
        addWithNested(type, types);
      }
    }

    for (Element element : annotated) {
      checker.check(element, types);
    }
    // A rule the checker rejected must not reach generated code (which might not even compile).
    boolean rejected = diagnostics.takeErrors();

    for (TypeElement type : types) {
      if (!round.processingOver() && !resolvable(type)) {
        deferred.add(type.getQualifiedName().toString());
        continue;
      }
      if (!resolvable(type)) {
        // javac reports the missing type itself and the compilation fails: nothing to add.
        continue;
      }
      if (!rejected) {
        generate(type);
      }
    }

    if (round.processingOver() && !indexes.isEmpty()) {
      writeServicesFile();
    }
  }

  private void generate(TypeElement type) {
    try {
      diagnostics.takeErrors();
      reader
          .read(type)
          .filter(model -> !diagnostics.takeErrors())
          .filter(model -> runtimeOnClassPath(type))
          .ifPresent(
              model -> {
                JavaFile file = writer.write(model);
                try {
                  file.writeTo(processingEnv.getFiler());
                } catch (IOException e) {
                  throw new IllegalStateException("cannot write " + model.generated(), e);
                }
                indexes.add(model.generated().reflectionName());
              });
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.report(Messages.INTERNAL_ERROR, type, type.getQualifiedName(), trace);
    }
  }

  /** Generated code calls the runtime; without it, one clear error instead of a cascade. */
  private boolean runtimeOnClassPath(TypeElement type) {
    if (processingEnv.getElementUtils().getTypeElement(TypeNames.GATE.canonicalName()) != null) {
      return true;
    }
    diagnostics.report(
        Messages.RUNTIME_MISSING, type, "the generated filter of " + type.getSimpleName());
    return false;
  }

  private static void addWithNested(TypeElement type, List<TypeElement> types) {
    types.add(type);
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      addWithNested(nested, types);
    }
  }

  /** Whether the type's supertypes are all known (another processor may still generate them). */
  private boolean resolvable(TypeElement type) {
    if (type.getSuperclass().getKind() == TypeKind.ERROR) {
      return false;
    }
    for (TypeMirror face : type.getInterfaces()) {
      if (face.getKind() == TypeKind.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes {@code META-INF/services/...GatehouseIndex}, sorted, keeping the entries an earlier
   * incremental compilation wrote (as AutoService does).
   */
  private void writeServicesFile() {
    Filer filer = processingEnv.getFiler();
    Set<String> all = new TreeSet<>(indexes);
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", TypeNames.SERVICES_FILE);
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(existing.openInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String entry = line.strip();
          if (!entry.isEmpty() && !entry.startsWith("#")) {
            all.add(entry);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // No earlier file: this is a full compilation.
    }
    try {
      FileObject file =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", TypeNames.SERVICES_FILE);
      try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        for (String entry : all) {
          out.write(entry);
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + TypeNames.SERVICES_FILE, e);
    }
  }
}
