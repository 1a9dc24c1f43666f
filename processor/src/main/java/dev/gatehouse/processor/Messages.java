package dev.gatehouse.processor;

import javax.tools.Diagnostic;

/**
 * Every message the processor reports, in one place. Each says the rule, names the offender and
 * tells the fix; each is tagged {@code [gatehouse:<name>]} so a build log can be searched.
 */
enum Messages {
  BLANK_SCOPE(
      Diagnostic.Kind.ERROR,
      "@Auth scopes must not be blank, but %s lists \"%s\": name a backend scope such as \"jwt\","
          + " or write @Auth without a value to accept any backend"),
  BLANK_PERMISSION(
      Diagnostic.Kind.ERROR,
      "@%s permissions must not be blank, but %s lists \"%s\": name the permission or remove the"
          + " empty string"),
  NO_PERMISSIONS(
      Diagnostic.Kind.ERROR,
      "@%s needs at least one permission, but %s lists none: name the permissions, or use @Auth"
          + " if any authenticated caller may pass"),
  NO_BACKENDS(
      Diagnostic.Kind.ERROR,
      "@AuthBackends needs at least one backend class, but %s lists none: name the backends, or"
          + " remove the annotation to use the configured ones"),
  NOT_A_BACKEND(
      Diagnostic.Kind.ERROR,
      "@AuthBackends may name only classes that implement "
          + TypeNames.AUTHENTICATION_BACKEND
          + ", but %s names %s: implement the interface or name a backend such as"
          + " JwtAuthBackend.class"),
  RUNTIME_MISSING(
      Diagnostic.Kind.ERROR,
      "%s needs the Gatehouse runtime (package dev.gatehouse.runtime) on the class path: add the"
          + " dev.gatehouse:gatehouse-runtime dependency"),
  PERMIT_ALL_CONFLICT(
      Diagnostic.Kind.ERROR,
      "@PermitAll makes %s public, so @%s on the same element can never apply: remove one of"
          + " them"),
  DENY_ALL_CONFLICT(
      Diagnostic.Kind.ERROR,
      "@DenyAll refuses every request to %s, so @%s on the same element can never apply: remove"
          + " one of them"),
  INACCESSIBLE_RESOURCE(
      Diagnostic.Kind.ERROR,
      "Gatehouse cannot guard %s: its generated filter lives in the same package and must be able"
          + " to name it, so the class (and any class enclosing it) must not be private; make it"
          + " package-private or public"),
  NON_STATIC_RESOURCE(
      Diagnostic.Kind.ERROR,
      "Gatehouse cannot guard %s: a resource class nested in another class must be static;"
          + " add the static modifier"),
  NOT_A_RESOURCE_METHOD(
      Diagnostic.Kind.ERROR,
      "@%s on %s can never apply: the method is neither a resource method (no HTTP method"
          + " designator such as @GET) nor a sub-resource locator (no @Path), and no method that"
          + " overrides it is one; add the designator or @Path, or move the rule to the resource"
          + " method"),
  NO_RESOURCE_METHODS(
      Diagnostic.Kind.ERROR,
      "@%s on %s can never apply: the %s has no resource methods or sub-resource locators, and"
          + " no class compiled with it extends it with some; move the rule to the resource class"
          + " or remove it"),
  NON_PUBLIC_METHOD(
      Diagnostic.Kind.ERROR,
      "@%s on %s can never apply: Jakarta REST dispatches only to public methods, and this one"
          + " is %s; make the method public or remove the rule"),
  STATIC_METHOD(
      Diagnostic.Kind.ERROR,
      "@%s on %s can never apply: Jakarta REST never dispatches to static methods; remove the"
          + " static modifier or the rule"),
  ANNOTATION_MEMBER(
      Diagnostic.Kind.ERROR,
      "@%s on %s can never apply: a member of an annotation type is never implemented by a"
          + " resource; put the rule on the resource class or method"),
  DUPLICATE(
      Diagnostic.Kind.WARNING,
      "@%s on %s lists %s more than once; the repeat has no effect: remove it (or suppress this"
          + " warning with @SuppressWarnings(\"gatehouse:duplicate\"))"),
  UNKNOWN_SCOPE(
      Diagnostic.Kind.ERROR,
      "@Auth on %s accepts scope \"%s\", but none of the backends its @AuthBackends names"
          + " provides it (their SCOPE constants: %s), so no request could ever pass: name the"
          + " scope of one of them, or add a backend that provides \"%s\" to @AuthBackends"),
  IGNORED_UNDER_DENY_ALL(
      Diagnostic.Kind.ERROR,
      "@%s on %s is ignored: @DenyAll on %s refuses every request to it and only a method-level"
          + " @PermitAll or @RolesAllowed replaces @DenyAll; put one of those on the method, or"
          + " remove the @%s"),
  BAD_OPTION(
      Diagnostic.Kind.ERROR,
      "the processor option -A%s must be true or false, but is \"%s\": write -A%s=true to make"
          + " every resource method require authentication unless it says @PermitAll"),
  INTERNAL_ERROR(
      Diagnostic.Kind.ERROR,
      "the Gatehouse processor failed on %s; please report this with the stack trace:%n%s");

  private final Diagnostic.Kind kind;
  private final String format;

  Messages(Diagnostic.Kind kind, String format) {
    this.kind = kind;
    this.format = format;
  }

  Diagnostic.Kind kind() {
    return kind;
  }

  String format(Object... arguments) {
    return "[gatehouse:" + tag() + "] " + String.format(format, arguments);
  }

  /** The message's tag, e.g. {@code blank-scope}. */
  String tag() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
