package dev.chartgen.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture as a test: the pipeline's stages in order, each depending only on earlier stages
 * and on neutral support packages; and a small public API.
 *
 * <p>To add a package, put it in {@link #SUPPORT} (depends on nothing but other support packages)
 * or at its place in {@link #STAGES} (may use every stage above it). A package in neither list
 * fails {@link #everyPackageHasAPlace}.
 */
@AnalyzeClasses(
    packages = "dev.chartgen.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "dev.chartgen.core";

  /** Neutral support: any stage may use them; they use no stage (only each other). */
  static final List<String> SUPPORT = List.of("problem", "text", "pointer", "quantity");

  /** The stages, in pipeline order: each may depend on the stages above it, never below. */
  static final List<String> STAGES =
      List.of(
          "yaml", // YAML with line and column of every node
          "schema", // JSON Schema validation into located problems
          "model", // the descriptor's immutable records
          "convention", // what chartgen decides where a descriptor is silent
          "check", // semantic checks of descriptors
          "load", // files to checked descriptors
          "values", // a chart's values as one typed tree
          "view", // what templates receive
          "plan", // every decision about a chart
          "environment", // environment files: overrides checked and merged, values files planned
          "render", // FreeMarker and writers, in memory
          "version", // chart versions that follow content, the lock file
          "delivery", // platform chart, umbrella charts, helmfile and Argo CD from the graph
          "write", // files on disk
          "incremental", // fingerprints of inputs and state kept between runs
          "drift", // the charts folder against an in-memory render
          "verify", // embedded Helm, strict parsing of rendered objects
          "policy", // lint rules
          "lint", // linting generated charts, reports
          "repo", // Helm chart repository: archives, index, OCI push
          "docs", // reference docs from schemas and rules
          "importer", // an existing DIGIT deployment into descriptors (reads, never generates)
          "" // the facade: dev.chartgen.core itself
          );

  /**
   * The public API: what a front end (the Maven plugin, a CLI) may use: the facade, problems, the
   * descriptor model and views, and the lint report types. Everything else is internal even where
   * Java makes it public.
   */
  static final List<String> API_PACKAGES = List.of("", "problem", "view", "model", "importer");

  /** Single classes of otherwise internal packages that belong to the public API. */
  static final List<String> API_CLASSES =
      List.of(
          "load.Descriptors",
          "lint.LintReport",
          "lint.LintOutcome",
          "drift.DriftReport",
          "drift.Difference",
          "lint.ConsoleReport",
          "policy.Finding",
          "policy.Rule",
          "policy.Severity",
          "text.Words");

  private static final int SUPPORT_RANK = -1;

  @ArchTest
  static final ArchRule stagesDependOnlyOnEarlierStagesAndSupport =
      classes()
          .should(
              new ArchCondition<JavaClass>(
                  "depend only on earlier stages and on support packages") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                  int from = rank(item.getPackageName());
                  for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!target.startsWith(ROOT) || target.equals(item.getPackageName())) {
                      continue;
                    }
                    int to = rank(target);
                    if (to == SUPPORT_RANK || (from != SUPPORT_RANK && to <= from)) {
                      continue;
                    }
                    String why =
                        from == SUPPORT_RANK ? "support depends on no stage" : "a later stage";
                    events.add(
                        SimpleConditionEvent.violated(
                            dependency,
                            name(item.getPackageName())
                                + " may not depend on "
                                + name(target)
                                + " ("
                                + why
                                + "): "
                                + dependency.getDescription()));
                  }
                }
              })
          .because("a stage imports only earlier stages and neutral support packages");

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule everyPackageHasAPlace =
      classes()
          .should(
              new ArchCondition<JavaClass>("reside in a package listed in SUPPORT or STAGES") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                  if (rank(item.getPackageName()) == STAGES.size()) {
                    events.add(
                        SimpleConditionEvent.violated(
                            item,
                            item.getName()
                                + ": its package is listed in ArchitectureTest neither as"
                                + " support nor as a stage"));
                  }
                }
              });

  @ArchTest
  static final ArchRule apiSpeaksOnlyApiTypes =
      classes()
          .that(DescribedPredicate.describe("are public API", ArchitectureTest::isApi))
          .and()
          .arePublic()
          .should(exposeOnlyApiTypes());

  /** The stage's index, {@link #SUPPORT_RANK} for support, or {@code STAGES.size()} if unlisted. */
  private static int rank(String pkg) {
    String relative = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
    if (SUPPORT.contains(relative)) {
      return SUPPORT_RANK;
    }
    int index = STAGES.indexOf(relative);
    return index < 0 ? STAGES.size() : index;
  }

  private static String name(String pkg) {
    return pkg.equals(ROOT) ? "the facade" : pkg.substring(ROOT.length() + 1);
  }

  private static String qualified(String pkg) {
    return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
  }

  private static boolean isApi(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    String name = top.getName();
    if (!name.startsWith(ROOT + ".")) {
      return true; // the JDK and libraries are not ours to judge
    }
    String pkg = top.getPackageName();
    return API_PACKAGES.stream().map(ArchitectureTest::qualified).anyMatch(pkg::equals)
        || API_CLASSES.stream().map(ArchitectureTest::qualified).anyMatch(name::equals);
  }

  /** Public methods take and return only API types (or JDK and library types). */
  private static ArchCondition<JavaClass> exposeOnlyApiTypes() {
    return new ArchCondition<>("take and return only public API types") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaMethod method : item.getMethods()) {
          if (!method.getModifiers().contains(JavaModifier.PUBLIC)) {
            continue;
          }
          List<JavaClass> mentioned = new ArrayList<>(method.getRawParameterTypes());
          mentioned.add(method.getRawReturnType());
          for (JavaClass type : mentioned) {
            JavaClass element = type.isArray() ? type.getBaseComponentType() : type;
            if (!isApi(element)) {
              events.add(
                  SimpleConditionEvent.violated(
                      item, method.getFullName() + " exposes internal type " + element.getName()));
            }
          }
        }
      }
    };
  }
}
