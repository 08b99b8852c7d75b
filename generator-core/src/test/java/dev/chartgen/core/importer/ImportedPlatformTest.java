package dev.chartgen.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.LintRequest;
import dev.chartgen.core.Request;
import dev.chartgen.core.lint.ConsoleReport;
import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project imported from ../shared/digit-reference (environment egov-demo), generated through
 * the core API (what {@code mvn package} in it runs: validate, generate, lint): it lints with zero
 * findings beyond the importer's reasoned waivers, and what its charts render matches what DIGIT's
 * common chart renders from the same values files, field by field, but for the intended differences
 * listed in {@link #INTENDED}.
 *
 * <p>Lint checks one Kubernetes version (1.35) to keep the suite fast; the rules do not depend on
 * the version except for apiVersions, which chartgen's templates choose for the whole window.
 */
class ImportedPlatformTest {

  /** What chartgen renders differently from DIGIT on purpose, in one place. */
  static final Map<String, String> INTENDED =
      Map.of(
          "image registry",
          "chartgen writes docker.io/egovio/<repo> where DIGIT writes egovio/<repo> (same image)",
          "secret-looking literal",
          "a literal that looks like a credential is read from a Secret (safe fix)",
          "service URL",
          "egov-service-host keys become URLs: computed for imported modules, listed for others",
          "java settings",
          "JAVA_OPTS, JAVA_ARGS and JAVA_ENABLE_DEBUG come from spec.java for java-spring",
          "environment-only secret-looking literal",
          "a variable only the environment's block sets whose literal looks like a secret is not"
              + " written into the environment file; the report says to give it as a Secret",
          "route collision",
          "of two modules claiming one path on the one domain, one keeps the Ingress (report says)",
          "root ingress",
          "DIGIT's cluster-configs root ingress (/ to one Service, app-root redirect) is a route of"
              + " the gateway module's Ingress (spec.ingress.routes): compared as ingressRoutes of"
              + " the gateway's chart",
          "hardening and resources",
          "security context, CPU/ephemeral-storage requests and limits, probes timings, preStop,"
              + " spread: not compared");

  @TempDir static Path temp;
  static Path project;
  static ImportResult result;

  @BeforeAll
  static void importAndGenerate() {
    project = temp.resolve("digit");
    result =
        DigitImporter.run(
            new ImportRequest(DigitReference.folder(), "egov-demo", project, "0.1.0-SNAPSHOT"));
    Chartgen.create().generate(request());
  }

  private static Request request() {
    return Request.of(
            project.resolve("platform.yaml"),
            project.resolve("descriptors"),
            project.resolve("charts-out"))
        .withDisplayRoot(project);
  }

  @Test
  void lintsWithZeroFindingsBeyondTheImportersWaivers() {
    LintReport report =
        Chartgen.create().lint(new LintRequest(request(), List.of("1.35.0"), null, null, null));
    System.out.println(ConsoleReport.summary(report));
    assertThat(report.findings()).isEmpty();
    assertThat(report.waived())
        .allSatisfy(w -> assertThat(w.reason()).contains("imported from DIGIT"));
    assertThat(report.waived())
        .anySatisfy(w -> assertThat(w.finding().ruleId()).isEqualTo("CG048"));
    // the placeholder tag of an image no release file pins is a CG017 finding, waived visibly
    assertThat(report.waived())
        .anySatisfy(w -> assertThat(w.reason()).contains("the tag is the placeholder unpinned"));
  }

  @Test
  void rendersWhatDigitsCommonChartRenders() throws Exception {
    parity("chart defaults", service -> List.of(), service -> Map.of());
  }

  /**
   * The same with the environment: each chart rendered with the values file the generator wrote for
   * the imported environment (charts-out/environments/egov-demo/&lt;module&gt;.yaml), against what
   * DIGIT's common chart renders from the values file merged with egov-demo.yaml's block for the
   * service (read here, not by the importer).
   */
  @Test
  @SuppressWarnings("unchecked")
  void rendersWhatDigitsCommonChartRendersWithTheEnvironment() throws Exception {
    Map<String, Object> environment =
        (Map<String, Object>)
            new org.snakeyaml.engine.v2.api.Load(
                    org.snakeyaml.engine.v2.api.LoadSettings.builder()
                        .setAllowDuplicateKeys(true)
                        .build())
                .loadFromString(
                    java.nio.file.Files.readString(
                        DigitReference.folder().resolve("environments/egov-demo.yaml")));
    Path values = project.resolve("charts-out/environments/egov-demo");
    int overridden = 0;
    for (ServiceImport service : result.services()) {
      if (service.status() != ServiceImport.Status.REFUSED
          && environment.get(service.module()) instanceof Map<?, ?>) {
        overridden++;
      }
    }
    System.out.println("egov-demo has a block for " + overridden + " imported services");
    parity(
        "egov-demo",
        service -> {
          Path file = values.resolve(service.module() + ".yaml");
          assertThat(file).as("environment values of %s", service.module()).isRegularFile();
          return List.of(file);
        },
        service ->
            environment.get(service.module()) instanceof Map<?, ?> block
                ? (Map<String, Object>) block
                : Map.of());
  }

  private static void parity(
      String label,
      java.util.function.Function<ServiceImport, List<Path>> valuesFiles,
      java.util.function.Function<ServiceImport, Map<String, Object>> block)
      throws Exception {
    ReleaseRenderer templates = new ReleaseRenderer(new HelmRunner());
    int services = 0;
    int fields = 0;
    List<String> differences = new ArrayList<>();
    for (ServiceImport service : result.services()) {
      if (service.status() == ServiceImport.Status.REFUSED) {
        continue;
      }
      services++;
      DigitExpectation expected =
          DigitExpectation.of(
              service.module(),
              DigitReference.folder().resolve(service.source().file()),
              block.apply(service));
      List<RenderedObject> objects =
          templates.render(
              project.resolve("charts-out").resolve(service.module()),
              service.module(),
              "egov",
              HelmRunner.DEFAULT_KUBE_VERSION,
              Map.of(),
              valuesFiles.apply(service));
      Map<String, Object> pod = pod(objects);
      Map<String, Object> main = container(pod, service.module());
      Map<String, Object> actual = new LinkedHashMap<>();
      actual.put("image", image((String) main.get("image")));
      actual.put("ports", ports(main));
      actual.put("liveness", probePath(main.get("livenessProbe")));
      actual.put("readiness", probePath(main.get("readinessProbe")));
      actual.put("initRoles", initRoles(pod));
      actual.put("ingressPaths", ingressPaths(objects, service, false));
      actual.put("ingressRoutes", ingressPaths(objects, service, true));
      actual.put("schedule", schedule(objects));
      Map<String, Object> want = new LinkedHashMap<>();
      want.put("image", image(expected.image()));
      want.put("ports", expected.ports());
      want.put("liveness", expected.liveness());
      want.put("readiness", expected.readiness());
      want.put("initRoles", expected.initRoles());
      want.put("ingressPaths", ingressPathsExpected(expected, service));
      want.put("ingressRoutes", rootIngress(service)); // INTENDED: root ingress
      want.put("schedule", expected.schedule());
      for (String field : want.keySet()) {
        fields++;
        if (!Objects.equals(want.get(field), actual.get(field))) {
          differences.add(
              service.module()
                  + " "
                  + field
                  + ": DIGIT "
                  + want.get(field)
                  + ", chartgen "
                  + actual.get(field));
        }
      }
      Map<String, Map<String, Object>> env = env(main);
      for (Map.Entry<String, String> e : expected.env().entrySet()) {
        fields++;
        String difference = envDifference(service, e.getKey(), e.getValue(), env.get(e.getKey()));
        if (difference != null) {
          differences.add(service.module() + " env " + e.getKey() + ": " + difference);
        }
      }
    }
    System.out.println(
        "parity ("
            + label
            + "): "
            + services
            + " services, "
            + fields
            + " fields compared, "
            + differences.size()
            + " differ");
    differences.forEach(d -> System.out.println("  " + d));
    assertThat(services).isGreaterThan(90);
    assertThat(differences).isEmpty();
  }

  private static String envDifference(
      ServiceImport service, String name, String expected, Map<String, Object> actual) {
    boolean java =
        "java-spring".equals(PlatformAssembler.spec(service.descriptor()).get("appType"));
    if (actual == null) {
      if (java && name.equals("TRACER_OPENTRACING_ENABLED")) {
        return "missing (java tracing off)";
      }
      if (service.notes().stream()
          .anyMatch(n -> n.startsWith("environment: env " + name + " becomes a reference"))) {
        return null; // INTENDED: environment-only secret-looking literal
      }
      return "DIGIT " + expected + ", chartgen has none";
    }
    Map<String, Object> from = map(actual.get("valueFrom"));
    String value = actual.get("value") == null ? null : String.valueOf(actual.get("value"));
    if (expected.startsWith("literal:")) {
      String literal = expected.substring("literal:".length());
      if (value != null && (literal.equals("*") || literal.equals(value))) {
        return null;
      }
      if (from.containsKey("secretKeyRef")) {
        return null; // INTENDED: secret-looking literal
      }
      return "DIGIT " + expected + ", chartgen " + actual;
    }
    if (expected.startsWith("service:")) {
      String key = expected.substring("service:".length());
      if (value != null && value.startsWith("http")) {
        return null; // INTENDED: service URL (checked by platform.yaml / computed URLs)
      }
      if (from.containsKey("configMapKeyRef")
          && ("egov-service-host/" + key).equals(ref(from.get("configMapKeyRef")))) {
        return null;
      }
      return "DIGIT " + expected + ", chartgen " + actual;
    }
    if (expected.startsWith("config:") && from.containsKey("configMapKeyRef")) {
      return ("config:" + ref(from.get("configMapKeyRef"))).equals(expected)
          ? null
          : "DIGIT " + expected + ", chartgen " + actual;
    }
    if (expected.startsWith("secret:") && from.containsKey("secretKeyRef")) {
      return ("secret:" + ref(from.get("secretKeyRef"))).equals(expected)
          ? null
          : "DIGIT " + expected + ", chartgen " + actual;
    }
    if (expected.startsWith("field:") && from.containsKey("fieldRef")) {
      return ("field:" + map(from.get("fieldRef")).get("fieldPath")).equals(expected)
          ? null
          : "DIGIT " + expected + ", chartgen " + actual;
    }
    return "DIGIT " + expected + ", chartgen " + actual;
  }

  private static String ref(Object ref) {
    Map<String, Object> r = map(ref);
    return r.get("name") + "/" + r.get("key");
  }

  private static List<String> ingressPathsExpected(
      DigitExpectation expected, ServiceImport service) {
    boolean kept = PlatformAssembler.spec(service.descriptor()).containsKey("ingress");
    return kept ? expected.ingressPaths() : List.of(); // INTENDED: route collision
  }

  private static String image(String reference) {
    String name = reference.replaceFirst("[:@][^/]*$", "");
    return name.replaceFirst("^docker\\.io/", "")
        .replaceFirst("^library/", ""); // INTENDED: image registry
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pod(List<RenderedObject> objects) {
    for (RenderedObject o : objects) {
      Map<String, Object> spec = map(o.content().get("spec"));
      if (o.kind().equals("Deployment")) {
        return map(map(spec.get("template")).get("spec"));
      }
      if (o.kind().equals("CronJob")) {
        Map<String, Object> job = map(map(spec.get("jobTemplate")).get("spec"));
        return map(map(job.get("template")).get("spec"));
      }
    }
    throw new AssertionError("no Deployment or CronJob");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> container(Map<String, Object> pod, String name) {
    for (Object c : (List<Object>) pod.get("containers")) {
      if (name.equals(map(c).get("name"))) {
        return map(c);
      }
    }
    throw new AssertionError("no container " + name);
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> ports(Map<String, Object> container) {
    List<Integer> ports = new ArrayList<>();
    for (Object p : (List<Object>) container.getOrDefault("ports", List.of())) {
      ports.add(((Number) map(p).get("containerPort")).intValue());
    }
    return ports;
  }

  private static String probePath(Object probe) {
    Object path = map(map(probe).get("httpGet")).get("path");
    return path == null ? null : String.valueOf(path);
  }

  @SuppressWarnings("unchecked")
  private static List<String> initRoles(Map<String, Object> pod) {
    List<String> roles = new ArrayList<>();
    for (Object c : (List<Object>) pod.getOrDefault("initContainers", List.of())) {
      String name = String.valueOf(map(c).get("name"));
      if (name.equals("db-migration") || name.equals("git-sync")) {
        roles.add(name);
      }
    }
    return roles;
  }

  /**
   * The Ingress paths of the chart: to its own Service or the gateway; or, with {@code routes},
   * those sent to another Service, as {@code path -> service:port}.
   */
  @SuppressWarnings("unchecked")
  private static List<String> ingressPaths(
      List<RenderedObject> objects, ServiceImport service, boolean routes) {
    List<String> own = List.of(service.module(), "gateway", service.module() + "-gateway");
    List<String> paths = new ArrayList<>();
    for (RenderedObject o : objects) {
      if (!o.kind().equals("Ingress")) {
        continue;
      }
      for (Object rule :
          (List<Object>) map(o.content().get("spec")).getOrDefault("rules", List.of())) {
        for (Object p :
            (List<Object>) map(map(rule).get("http")).getOrDefault("paths", List.of())) {
          Map<String, Object> backend = map(map(map(p).get("backend")).get("service"));
          boolean route = !own.contains(String.valueOf(backend.get("name")));
          if (route == routes) {
            paths.add(
                String.valueOf(map(p).get("path"))
                    + (routes
                        ? " -> "
                            + backend.get("name")
                            + ":"
                            + map(backend.get("port")).get("number")
                        : ""));
          }
        }
      }
    }
    return paths;
  }

  /**
   * What DIGIT's cluster-configs renders as its root Ingress (read here from cluster-configs'
   * values and the environment's cluster-configs block, not by the importer), expected of the
   * gateway's chart.
   */
  @SuppressWarnings("unchecked")
  private static List<String> rootIngress(ServiceImport service) throws Exception {
    if (!service.module().equals("gateway")) {
      return List.of();
    }
    org.snakeyaml.engine.v2.api.Load load =
        new org.snakeyaml.engine.v2.api.Load(
            org.snakeyaml.engine.v2.api.LoadSettings.builder().setAllowDuplicateKeys(true).build());
    Map<String, Object> root = new LinkedHashMap<>();
    for (String file : List.of("cluster-configs/values.yaml", "environments/egov-demo.yaml")) {
      Map<String, Object> doc =
          (Map<String, Object>)
              load.loadFromString(
                  java.nio.file.Files.readString(DigitReference.folder().resolve(file)));
      root.putAll(map(map(doc.get("cluster-configs")).get("root-ingress")));
    }
    return root.get("serviceName") == null
        ? List.of()
        : List.of("/ -> " + root.get("serviceName") + ":" + root.get("servicePort"));
  }

  private static String schedule(List<RenderedObject> objects) {
    for (RenderedObject o : objects) {
      if (o.kind().equals("CronJob")) {
        return String.valueOf(map(o.content().get("spec")).get("schedule"));
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
    Map<String, Map<String, Object>> env = new LinkedHashMap<>();
    for (Object e : (List<Object>) container.getOrDefault("env", List.of())) {
      env.put(String.valueOf(map(e).get("name")), map(e));
    }
    return env;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
