package dev.gatehouse.processor;

import static dev.gatehouse.processor.TypeNames.AUTHENTICATION;
import static dev.gatehouse.processor.TypeNames.BACKEND;
import static dev.gatehouse.processor.TypeNames.BINDER;
import static dev.gatehouse.processor.TypeNames.GATE;
import static dev.gatehouse.processor.TypeNames.REQUEST_CONTEXT;
import static dev.gatehouse.processor.TypeNames.REQUEST_FILTER;
import static dev.gatehouse.processor.TypeNames.USER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the {@code <Resource>_Gatehouse} class of a {@link ResourceModel}: an index that binds
 * each resource method to its filter, and one small filter class per guarded method with the
 * checks written out.
 */
final class FilterWriter {

  private static final ArrayTypeName BACKENDS = ArrayTypeName.of(BACKEND);
  private static final String PROCESSOR = GatehouseProcessor.class.getCanonicalName();

  private final boolean generatedAvailable;

  /** @param generatedAvailable whether {@code javax.annotation.processing.Generated} exists */
  FilterWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  JavaFile write(ResourceModel resource) {
    TypeSpec.Builder index =
        TypeSpec.classBuilder(resource.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(TypeNames.INDEX)
            .addJavadoc(
                "Gatehouse checks for {@link $T}, generated at compile time from its access rules.\n"
                    + "\n"
                    + "<p>{@code AuthenticationFeature} finds this class through {@code"
                    + " META-INF/services} when the\n"
                    + "application starts and binds each filter below to its resource method."
                    + " Do not edit: change\n"
                    + "the annotations and recompile.\n",
                resource.resource());
    if (generatedAvailable) {
      index.addAnnotation(
          AnnotationSpec.builder(TypeNames.GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    for (TypeElement originating : resource.originatingElements()) {
      index.addOriginatingElement(originating);
    }

    MethodSpec.Builder bindTo =
        MethodSpec.methodBuilder("bindTo")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(BINDER, "binder");
    Map<String, Integer> overloads = new HashMap<>();
    for (MethodModel method : resource.methods()) {
      overloads.merge(method.name(), 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    taken.add(resource.generated().simpleName());
    taken.add(resource.resource().simpleNames().get(0)); // a filter must not hide the resource
    List<String> filters = new ArrayList<>();
    for (MethodModel method : resource.methods()) {
      String filterName = null;
      if (!method.rule().isPublic()) {
        filterName = filterName(method, overloads.get(method.name()) > 1, taken);
        index.addType(filter(resource, method, filterName));
        filters.add(filterName);
      }
      String bind = method.isLocator() ? "bindLocator" : "bind";
      for (List<TypeName> parameters : method.parameterTypeLists()) {
        if (filterName == null) {
          bindTo.addStatement(
              "binder.$L($T.class,$W$S,$W$L)",
              method.isLocator() ? "bindPublicLocator" : "bindPublic",
              resource.resource(),
              method.name(),
              classArray(parameters));
        } else {
          bindTo.addCode(
              "$[binder.$L($T.class,$W$S,$W$L,$W$L); // $N\n$]",
              bind,
              resource.resource(),
              method.name(),
              classArray(parameters),
              filters.size() - 1,
              filterName);
        }
      }
    }
    index.addMethod(bindTo.build());
    if (!filters.isEmpty()) {
      index.addMethod(create(filters));
    }

    return JavaFile.builder(resource.generated().packageName(), index.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * {@code create(int, Gate)}: the filters by their number in {@code bindTo}. One method and a
   * switch, where a factory class or constructor reference per method would be one more class for
   * the JVM to load or spin at start-up.
   */
  private static MethodSpec create(List<String> filters) {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (filter)");
    for (int i = 0; i < filters.size(); i++) {
      cases.addStatement("case $L: return new $N(gate)", i, filters.get(i));
    }
    cases
        .addStatement(
            "default: throw new $T($S + filter)", IllegalArgumentException.class, "no filter ")
        .endControlFlow();
    return MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(REQUEST_FILTER)
        .addParameter(int.class, "filter")
        .addParameter(GATE, "gate")
        .addCode(cases.build())
        .build();
  }

  /**
   * {@code MeCheck}; an overloaded method's filter names its parameter types, so that adding an
   * overload renames no other filter: {@code FindStringIntCheck}. A name already taken gets a
   * number.
   */
  private static String filterName(MethodModel method, boolean overloaded, Set<String> taken) {
    StringBuilder base = new StringBuilder(capitalize(method.name()));
    if (overloaded) {
      for (TypeName parameter : method.parameterTypeLists().get(0)) {
        base.append(typeWord(parameter));
      }
    }
    String name = base + "Check";
    for (int n = 2; !taken.add(name); n++) {
      name = base.toString() + n + "Check";
    }
    return name;
  }

  private static String typeWord(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return typeWord(array.componentType()) + "Array";
    }
    if (type instanceof ClassName name) {
      return name.simpleName();
    }
    return capitalize(type.toString());
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static CodeBlock classArray(List<TypeName> parameters) {
    if (parameters.isEmpty()) {
      return CodeBlock.of("new Class<?>[] {}");
    }
    List<CodeBlock> classes = new ArrayList<>();
    for (TypeName parameter : parameters) {
      classes.add(CodeBlock.of("$T.class", parameter));
    }
    return CodeBlock.of("new Class<?>[] {$L}", CodeBlock.join(classes, ", "));
  }

  private TypeSpec filter(ResourceModel resource, MethodModel method, String name) {
    Rule rule = method.rule();
    TypeSpec.Builder filter =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(REQUEST_FILTER)
            .addJavadoc(javadoc(resource, method))
            .addField(GATE, "gate", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder().addParameter(GATE, "gate").addStatement("this.gate = gate");
    MethodSpec.Builder filterMethod =
        MethodSpec.methodBuilder("filter")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(REQUEST_CONTEXT, "request");

    if (rule.denyAll()) {
      filterMethod.addStatement("gate.forbid(request)");
      return filter.addMethod(constructor.build()).addMethod(filterMethod.build()).build();
    }

    filter.addField(BACKENDS, "backends", Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement("this.backends = $L", chain(rule));
    filterMethod.addStatement(
        "$T auth = gate.authenticate(request, backends)", AUTHENTICATION);
    if (!rule.authenticate()) {
      filterMethod
          .beginControlFlow("if (auth.isAuthenticated())")
          .addStatement("gate.admit(request, auth)")
          .endControlFlow();
      return filter.addMethod(constructor.build()).addMethod(filterMethod.build()).build();
    }

    filterMethod
        .beginControlFlow("if (!auth.isAuthenticated())")
        .addStatement("gate.reject(request, auth, backends)")
        .addStatement("return")
        .endControlFlow();
    if (!rule.scopes().isEmpty()) {
      filterMethod.addStatement("$T scope = auth.scope()", String.class);
      List<CodeBlock> mismatches = new ArrayList<>();
      for (String scope : rule.scopes()) {
        mismatches.add(CodeBlock.of("!scope.equals($S)", scope));
      }
      filterMethod
          .addComment("The chain holds only backends of these scopes; checked again all the same.")
          .beginControlFlow("if ($L)", CodeBlock.join(mismatches, " && "))
          .addStatement("gate.unauthorized(request, backends)")
          .addStatement("return")
          .endControlFlow();
    }
    if (!rule.permissions().isEmpty()) {
      filterMethod.addStatement("$T user = auth.user()", USER);
      for (Rule.PermissionCheck check : rule.permissions()) {
        List<CodeBlock> failures = new ArrayList<>();
        for (String permission : check.permissions()) {
          failures.add(CodeBlock.of("!user.hasPermission($S)", permission));
        }
        filterMethod
            .beginControlFlow(
                "if ($L)", CodeBlock.join(failures, check.any() ? " && " : " || "))
            .addStatement("gate.forbid(request)")
            .addStatement("return")
            .endControlFlow();
      }
    }
    filterMethod.addStatement("gate.admit(request, auth)");
    return filter.addMethod(constructor.build()).addMethod(filterMethod.build()).build();
  }

  /** The chain of backends, resolved once when the filter is built. */
  private static CodeBlock chain(Rule rule) {
    CodeBlock backends;
    if (rule.backends().isEmpty()) {
      backends = CodeBlock.of("gate.configuredBackends()");
    } else {
      List<CodeBlock> classes = new ArrayList<>();
      for (ClassName backend : rule.backends()) {
        classes.add(CodeBlock.of("$T.class", backend));
      }
      backends = CodeBlock.of("gate.backends($L)", CodeBlock.join(classes, ", "));
    }
    if (rule.scopes().isEmpty()) {
      return backends;
    }
    List<CodeBlock> scopes = new ArrayList<>();
    for (String scope : rule.scopes()) {
      scopes.add(CodeBlock.of("$S", scope));
    }
    return CodeBlock.of("gate.withScopes($L, $L)", backends, CodeBlock.join(scopes, ", "));
  }

  private static CodeBlock javadoc(ResourceModel resource, MethodModel method) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (method.isLocator()) {
      doc.add(
          "Sub-resource locator {@code $L}, {@code $L.$L}.\n\n<p>Checked before the locator"
              + " runs, so it guards every method of the resource it returns.\n",
          inComment(method.path()),
          String.join(".", resource.resource().simpleNames()),
          method.signature());
    } else {
      doc.add(
          "{@code $L $L}, {@code $L.$L}.\n",
          method.httpMethod(),
          inComment(method.path()),
          String.join(".", resource.resource().simpleNames()),
          method.signature());
    }
    doc.add("\n<ul>\n");
    for (String source : method.rule().sources()) {
      doc.add("  <li>{@code $L}\n", inComment(source));
    }
    doc.add("</ul>\n");
    return doc.build();
  }

  /** Text safe inside a comment: a star followed by a slash (in a path or value) would end it. */
  private static String inComment(String text) {
    return text.replace("*/", "*&#47;");
  }
}
