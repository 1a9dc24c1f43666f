package dev.gatehouse.processor;

import static dev.gatehouse.processor.TypeNames.AUTH;
import static dev.gatehouse.processor.TypeNames.AUTH_BACKENDS;
import static dev.gatehouse.processor.TypeNames.DENY_ALL;
import static dev.gatehouse.processor.TypeNames.HAS_PERMISSION;
import static dev.gatehouse.processor.TypeNames.PERMIT_ALL;
import static dev.gatehouse.processor.TypeNames.ROLES_ALLOWED;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a resource class into a {@link ResourceModel}: finds its resource methods the way Jakarta
 * REST does (annotations inherited from superclasses and interfaces), and combines the rules that
 * govern each.
 *
 * <p>Combination, per kind of rule ({@code @Auth}; {@code @HasPermission}; {@code @AuthBackends};
 * and the JSR-250 kind {@code @PermitAll}/{@code @DenyAll}/{@code @RolesAllowed}):
 *
 * <ul>
 *   <li>method level: the annotation on the method, else on the nearest method it overrides
 *       (superclasses first, then interfaces);
 *   <li>class level: the annotation on the resource class, else on its nearest superclass, else on
 *       an interface that declares the method;
 *   <li>a method-level annotation replaces the class-level one of its kind; kinds combine (all
 *       must pass); a method-level {@code @PermitAll} makes the method public.
 * </ul>
 */
final class ResourceReader {

  private static final String GENERATED_SUFFIX = "_Gatehouse";

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;

  /** The processor option that makes every resource method require authentication. */
  static final String DENY_BY_DEFAULT = "gatehouse.denyByDefault";

  private final boolean denyByDefault;

  ResourceReader(Elements elements, Types types, Diagnostics diagnostics, boolean denyByDefault) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.denyByDefault = denyByDefault;
  }

  /**
   * The model of {@code type}, or empty when it is not a resource class governed by any rule, or
   * when an error was reported.
   */
  Optional<ResourceModel> read(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.empty();
    }
    List<MethodModel> methods = new ArrayList<>();
    Set<TypeElement> originating = new LinkedHashSet<>();
    originating.add(type);
    boolean governed = false;
    for (ExecutableElement method : candidateMethods(type)) {
      List<ExecutableElement> chain = overrideChain(type, method);
      ExecutableElement declaration = jaxRsDeclaration(chain);
      if (declaration == null) {
        continue;
      }
      Optional<String> httpMethod = httpMethod(declaration);
      Rules rules = rules(type, chain);
      if (rules.isEmpty() && !denyByDefault) {
        methods.add(model(type, method, chain, declaration, httpMethod.orElse(null), rules.combine()));
        continue;
      }
      governed = true;
      reportIgnoredUnderDenyAll(rules);
      for (ExecutableElement overridden : chain) {
        originating.add((TypeElement) overridden.getEnclosingElement());
      }
      originating.addAll(rules.classLevelTypes());
      Rule rule = rules.combine();
      if (denyByDefault && !rule.denyAll() && !rule.authenticate() && !rules.permitAll()) {
        rule = deniedByDefault(rule);
      }
      methods.add(model(type, method, chain, declaration, httpMethod.orElse(null), rule));
    }
    if (!governed || methods.isEmpty()) {
      return Optional.empty();
    }
    if (!accessible(type)) {
      return Optional.empty();
    }
    methods.sort(
        Comparator.comparing(MethodModel::name).thenComparing(MethodModel::signature));
    ClassName resource = ClassName.get(type);
    ClassName generated =
        ClassName.get(
            resource.packageName(), String.join("_", resource.simpleNames()) + GENERATED_SUFFIX);
    return Optional.of(
        new ResourceModel(resource, generated, List.copyOf(methods), List.copyOf(originating)));
  }

  private boolean accessible(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.report(Messages.INACCESSIBLE_RESOURCE, type, type.getQualifiedName());
        return false;
      }
      if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)) {
        diagnostics.report(Messages.NON_STATIC_RESOURCE, type, type.getQualifiedName());
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ methods and inheritance

  /**
   * Whether {@code type}, or a class of {@code known} that extends or implements it, has a
   * resource method or sub-resource locator whose override chain passes {@code test}.
   */
  boolean reachesResourceMethod(
      TypeElement type,
      Iterable<TypeElement> known,
      java.util.function.BiPredicate<ExecutableElement, List<ExecutableElement>> test) {
    // The type itself first: the usual case, and it spares a subtype test against every type.
    if (hasResourceMethod(type, test)) {
      return true;
    }
    for (TypeElement other : known) {
      if (!other.equals(type)
          && other.getKind() == ElementKind.CLASS
          && types.isSubtype(types.erasure(other.asType()), types.erasure(type.asType()))
          && hasResourceMethod(other, test)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasResourceMethod(
      TypeElement candidate,
      java.util.function.BiPredicate<ExecutableElement, List<ExecutableElement>> test) {
    for (ExecutableElement method : candidateMethods(candidate)) {
      List<ExecutableElement> chain = overrideChain(candidate, method);
      if (jaxRsDeclaration(chain) != null && test.test(method, chain)) {
        return true;
      }
    }
    return false;
  }

  /** The instance methods of the class, its inherited ones included, one per signature. */
  private List<ExecutableElement> candidateMethods(TypeElement type) {
    Map<String, ExecutableElement> bySignature = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Element owner = method.getEnclosingElement();
      if (method.getModifiers().contains(Modifier.STATIC)
          || ((TypeElement) owner).getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      String key = method.getSimpleName() + erasedParameters(type, method).toString();
      ExecutableElement previous = bySignature.get(key);
      if (previous == null || previous.getModifiers().contains(Modifier.ABSTRACT)) {
        bySignature.put(key, method);
      }
    }
    return new ArrayList<>(bySignature.values());
  }

  /** The method followed by every method it overrides: superclasses first, then interfaces. */
  List<ExecutableElement> overrideChain(TypeElement type, ExecutableElement method) {
    List<ExecutableElement> chain = new ArrayList<>();
    chain.add(method);
    for (TypeElement supertype : supertypes(type)) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (!chain.contains(candidate)
            && candidate.getSimpleName().equals(method.getSimpleName())
            && candidate.getParameters().size() == method.getParameters().size()
            && elements.overrides(method, candidate, type)) {
          chain.add(candidate);
        }
      }
    }
    return chain;
  }

  /** The class itself, its superclasses nearest first, then every interface breadth first. */
  private List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> classes = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      classes.add(t);
    }
    List<TypeElement> all = new ArrayList<>(classes);
    Deque<TypeElement> queue = new ArrayDeque<>(classes);
    while (!queue.isEmpty()) {
      for (TypeMirror mirror : queue.poll().getInterfaces()) {
        TypeElement face = asElement(mirror);
        if (face != null && !all.contains(face)) {
          all.add(face);
          queue.add(face);
        }
      }
    }
    return all;
  }

  private TypeElement superclass(TypeElement type) {
    TypeElement superclass = asElement(type.getSuperclass());
    if (superclass == null || superclass.getQualifiedName().contentEquals("java.lang.Object")) {
      return null;
    }
    return superclass;
  }

  private static TypeElement asElement(TypeMirror mirror) {
    return mirror.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) mirror).asElement()
        : null;
  }

  /**
   * The method of the chain whose Jakarta REST annotations apply: the first one with any (on the
   * method or its parameters), as the specification's annotation inheritance says.
   */
  static ExecutableElement jaxRsDeclaration(List<ExecutableElement> chain) {
    for (ExecutableElement method : chain) {
      if (hasJaxRsAnnotation(method)) {
        return method;
      }
      for (VariableElement parameter : method.getParameters()) {
        if (hasJaxRsAnnotation(parameter)) {
          return method;
        }
      }
    }
    return null;
  }

  private static boolean hasJaxRsAnnotation(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = Annotations.typeName(mirror);
      if (name.startsWith(TypeNames.JAX_RS_PACKAGE + ".") || httpMethodOf(mirror) != null) {
        return true;
      }
    }
    return false;
  }

  /** The HTTP method of a resource method's designator, empty for a sub-resource locator. */
  private static Optional<String> httpMethod(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String designator = httpMethodOf(mirror);
      if (designator != null) {
        return Optional.of(designator);
      }
    }
    return Optional.empty();
  }

  private static String httpMethodOf(AnnotationMirror mirror) {
    Element annotationType = mirror.getAnnotationType().asElement();
    return Annotations.find(annotationType, TypeNames.HTTP_METHOD)
        .map(m -> String.valueOf(m.getElementValues().values().iterator().next().getValue()))
        .orElse(null);
  }

  // ------------------------------------------------------------------ rules

  /** One annotation of a rule kind and where it was written. */
  private record Found(AnnotationMirror mirror, Element on) {}

  /** The annotations that govern one method, per kind, at method and class level. */
  private final class Rules {
    final Map<String, Found> methodLevel = new LinkedHashMap<>();
    final Map<String, Found> classLevel = new LinkedHashMap<>();

    boolean isEmpty() {
      return methodLevel.isEmpty() && classLevel.isEmpty();
    }

    List<TypeElement> classLevelTypes() {
      List<TypeElement> found = new ArrayList<>();
      for (Found f : classLevel.values()) {
        if (f.on() instanceof TypeElement type) {
          found.add(type);
        }
      }
      return found;
    }

    /** Whether {@code @PermitAll} was written on the method or, failing a method-level JSR-250 annotation, its class. */
    boolean permitAll() {
      Found access = methodLevel.containsKey(ACCESS) ? methodLevel.get(ACCESS) : classLevel.get(ACCESS);
      return access != null && isA(access, PERMIT_ALL);
    }

    Rule combine() {
      List<String> sources = new ArrayList<>();
      Found methodAccess = methodLevel.get(ACCESS);
      if (methodAccess != null && isA(methodAccess, PERMIT_ALL)) {
        // Public: no class-level rule applies; the backends that may attach a user still do.
        Found backends = pick(AUTH_BACKENDS, sources);
        sources.add(source(methodAccess));
        return new Rule(false, false, List.of(), backendsOf(backends), List.of(), sources);
      }
      // In the order the generated filter checks them.
      Found backends = pick(AUTH_BACKENDS, sources);
      Found auth = pick(AUTH, sources);
      Found permission = pick(HAS_PERMISSION, sources);
      Found access = pick(ACCESS, sources);
      if (access != null && isA(access, DENY_ALL)) {
        return new Rule(true, false, List.of(), List.of(), List.of(), List.of(source(access)));
      }
      boolean rolesAllowed = access != null && isA(access, ROLES_ALLOWED);
      List<Rule.PermissionCheck> checks = new ArrayList<>();
      if (permission != null) {
        boolean any =
            Annotations.enumConstant(elements, permission.mirror(), "match").equals("ANY");
        checks.add(new Rule.PermissionCheck(distinct(permission, "value"), any));
      }
      if (rolesAllowed) {
        checks.add(new Rule.PermissionCheck(distinct(access, "value"), true));
      }
      List<String> scopes = auth == null ? List.of() : distinct(auth, "value");
      boolean authenticate = auth != null || permission != null || rolesAllowed;
      return new Rule(false, authenticate, scopes, backendsOf(backends), checks, sources);
    }

    private Found pick(String kind, List<String> sources) {
      Found found = methodLevel.containsKey(kind) ? methodLevel.get(kind) : classLevel.get(kind);
      if (found != null && !(kind.equals(ACCESS) && isA(found, PERMIT_ALL))) {
        sources.add(source(found));
      }
      return found;
    }
  }

  private static final String ACCESS = "jsr250";

  /** {@code rule}, which does not authenticate, made to by the processor option. */
  private static Rule deniedByDefault(Rule rule) {
    List<String> sources = new ArrayList<>(rule.sources());
    sources.add("-A" + DENY_BY_DEFAULT + "=true");
    return new Rule(false, true, List.of(), rule.backends(), List.of(), List.copyOf(sources));
  }

  /** Method-level rules that a class-level {@code @DenyAll} would silently override. */
  private final Set<String> reportedUnderDenyAll = new java.util.HashSet<>();

  private void reportIgnoredUnderDenyAll(Rules rules) {
    Found access = rules.classLevel.get(ACCESS);
    if (access == null || !isA(access, DENY_ALL) || rules.methodLevel.containsKey(ACCESS)) {
      return;
    }
    for (String kind : List.of(AUTH, HAS_PERMISSION, AUTH_BACKENDS)) {
      Found found = rules.methodLevel.get(kind);
      if (found != null
          && reportedUnderDenyAll.add(AnnotationChecker.describe(found.on()) + kind)) {
        diagnostics.report(
            Messages.IGNORED_UNDER_DENY_ALL,
            found.on(),
            found.mirror(),
            null,
            Annotations.simpleName(found.mirror()),
            AnnotationChecker.describe(found.on()),
            Annotations.nestedName(access.on()),
            Annotations.simpleName(found.mirror()));
      }
    }
  }

  private Rules rules(TypeElement type, List<ExecutableElement> chain) {
    Rules rules = new Rules();
    for (ExecutableElement method : chain) {
      collect(method, rules.methodLevel);
    }
    for (TypeElement t = type; t != null; t = superclass(t)) {
      collect(t, rules.classLevel);
    }
    for (ExecutableElement method : chain) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (owner.getKind() == ElementKind.INTERFACE) {
        collect(owner, rules.classLevel);
      }
    }
    // Deny by default: the package's @Auth, unless the class or method says otherwise.
    if (!rules.classLevel.containsKey(AUTH) && !rules.methodLevel.containsKey(AUTH)
        && !rules.permitAll()) {
      PackageElement pkg = elements.getPackageOf(type);
      Annotations.find(pkg, AUTH)
          .ifPresent(mirror -> rules.classLevel.put(AUTH, new Found(mirror, pkg)));
    }
    return rules;
  }

  /** Adds the element's rule annotations of the kinds not yet found. */
  private static void collect(Element element, Map<String, Found> found) {
    for (String kind : List.of(AUTH, HAS_PERMISSION, AUTH_BACKENDS)) {
      Annotations.find(element, kind)
          .ifPresent(mirror -> found.putIfAbsent(kind, new Found(mirror, element)));
    }
    // Fail closed when an element carries several JSR-250 annotations (an error is reported).
    for (String jsr250 : List.of(DENY_ALL, ROLES_ALLOWED, PERMIT_ALL)) {
      Optional<AnnotationMirror> mirror = Annotations.find(element, jsr250);
      if (mirror.isPresent()) {
        found.putIfAbsent(ACCESS, new Found(mirror.get(), element));
        break;
      }
    }
  }

  private static boolean isA(Found found, String annotationType) {
    return Annotations.typeName(found.mirror()).equals(annotationType);
  }

  private List<String> distinct(Found found, String member) {
    return List.copyOf(new LinkedHashSet<>(Annotations.strings(elements, found.mirror(), member)));
  }

  private List<ClassName> backendsOf(Found backends) {
    if (backends == null) {
      return List.of();
    }
    List<ClassName> classes = new ArrayList<>();
    for (AnnotationValue value : Annotations.values(elements, backends.mirror(), "value")) {
      TypeElement backend = asElement((TypeMirror) value.getValue());
      if (backend != null) {
        ClassName name = ClassName.get(backend);
        if (!classes.contains(name)) {
          classes.add(name);
        }
      }
    }
    return List.copyOf(classes);
  }

  /** {@code @Auth("jwt") on ProfileResource.me(SecurityContext)}, for the generated Javadoc. */
  private static String source(Found found) {
    Element on = found.on();
    String where =
        on instanceof TypeElement t ? Annotations.nestedName(t) : AnnotationChecker.describe(on);
    if (on instanceof PackageElement) {
      where = where + " (package-info.java)";
    }
    return Annotations.toSource(found.mirror()) + " on " + where;
  }

  // ------------------------------------------------------------------ the method model

  private MethodModel model(
      TypeElement type,
      ExecutableElement method,
      List<ExecutableElement> chain,
      ExecutableElement declaration,
      String httpMethod,
      Rule rule) {
    Set<List<TypeName>> parameterLists = new LinkedHashSet<>();
    for (ExecutableElement overridden : chain) {
      parameterLists.add(erasedParameters(overridden));
    }
    StringJoiner signature = new StringJoiner(", ", method.getSimpleName() + "(", ")");
    for (TypeName parameter : erasedParameters(method)) {
      signature.add(simpleName(parameter));
    }
    return new MethodModel(
        method.getSimpleName().toString(),
        signature.toString(),
        List.copyOf(parameterLists),
        httpMethod,
        path(type, declaration),
        rule);
  }

  private List<TypeName> erasedParameters(ExecutableElement method) {
    List<TypeName> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(TypeName.get(types.erasure(parameter.asType())));
    }
    return List.copyOf(parameters);
  }

  /** The parameter types of the method as a member of {@code type}, erased. */
  private List<TypeName> erasedParameters(TypeElement type, ExecutableElement method) {
    ExecutableType asMember =
        (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
    List<TypeName> parameters = new ArrayList<>();
    for (TypeMirror parameter : asMember.getParameterTypes()) {
      parameters.add(TypeName.get(types.erasure(parameter)));
    }
    return parameters;
  }

  private static String simpleName(TypeName type) {
    String name = type.toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private String path(TypeElement type, ExecutableElement declaration) {
    String classPath = "";
    for (TypeElement t : supertypes(type)) {
      Optional<AnnotationMirror> path = Annotations.find(t, TypeNames.PATH);
      if (path.isPresent()) {
        classPath = String.valueOf(Annotations.value(elements, path.get(), "value").getValue());
        break;
      }
    }
    String methodPath =
        Annotations.find(declaration, TypeNames.PATH)
            .map(p -> String.valueOf(Annotations.value(elements, p, "value").getValue()))
            .orElse("");
    return joinPaths(classPath, methodPath);
  }

  private static String joinPaths(String classPath, String methodPath) {
    String joined = "/" + trimSlashes(classPath);
    String method = trimSlashes(methodPath);
    if (!method.isEmpty()) {
      joined = (joined.equals("/") ? "" : joined) + "/" + method;
    }
    return joined;
  }

  private static String trimSlashes(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }
}
