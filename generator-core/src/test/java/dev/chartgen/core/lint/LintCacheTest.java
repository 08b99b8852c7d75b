package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.write.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint cache, with real embedded Helm, on a platform of three small modules (alpha calls beta
 * and gamma, beta waives a rule that fires) and one environment: an unchanged lint calls Helm on no
 * module chart; one changed chart is linted again alone; changed waivers need no re-lint, changed
 * rules and Kubernetes versions re-lint everything; a corrupt or truncated entry is ignored; the
 * platform-wide rule (CG045) still judges charts that all come from the cache; and every cached
 * report equals the report of a linter without a cache. Module charts are linted on two threads
 * here, and a last test compares with one.
 *
 * <p>alpha and beta are in group core, gamma in group edge: the delivery charts are the platform
 * chart and three umbrella charts (digit, digit-core, digit-edge), each with its own cache entry.
 */
class LintCacheTest {

  private static final List<String> VERSIONS = List.of("1.35.0", "1.34.0");
  private static final List<String> MODULES = List.of("alpha", "beta", "gamma");
  private static final String PLATFORM_CHART = "digit-platform";
  private static final List<String> UMBRELLAS = List.of("digit", "digit-core", "digit-edge");

  @TempDir static Path work;
  private static Path charts;
  private static Descriptors descriptors;

  @BeforeAll
  static void generate() throws IOException {
    Files.copy(Path.of("../samples/platform.yaml"), work.resolve("platform.yaml"));
    Path folder = Files.createDirectories(work.resolve("descriptors"));
    Files.writeString(folder.resolve("alpha.yaml"), module("alpha", "beta", "gamma"));
    Files.writeString(
        folder.resolve("beta.yaml"),
        module("beta")
            + "  waivers:\n"
            + "    - rule: CG023\n"
            + "      reason: One pod is enough for a test.\n");
    Files.writeString(folder.resolve("gamma.yaml"), module("gamma").replace("core", "edge"));
    Path environments = Files.createDirectories(work.resolve("environments"));
    Files.writeString(environments.resolve("qa.yaml"), ENVIRONMENT);
    Request request =
        Request.of(work.resolve("platform.yaml"), folder, work.resolve("charts"))
            .withDisplayRoot(work);
    Chartgen.create().generate(request);
    descriptors = Chartgen.create().validate(request);
    charts = work.resolve("charts");
  }

  private static String module(String name, String... calls) {
    return "apiVersion: chartgen/v1\n"
        + "kind: Module\n"
        + "metadata:\n"
        + "  name: "
        + name
        + "\n"
        + "  group: core\n"
        + "  description: A test module\n"
        + "spec:\n"
        + "  image:\n"
        + "    repository: "
        + name
        + "\n"
        + "    tag: 1.0.0\n"
        + "  replicas: 1\n"
        + "  ports:\n"
        + "    - name: http\n"
        + "      port: 8080\n"
        + "  health:\n"
        + "    liveness: { path: /health }\n"
        + "    readiness: { path: /health }\n"
        + "  resources:\n"
        + "    requests: { cpu: 100m, memory: 128Mi, ephemeralStorage: 64Mi }\n"
        + "    limits: { cpu: 200m, memory: 128Mi, ephemeralStorage: 128Mi }\n"
        + (calls.length == 0
            ? ""
            : "  networkPolicy:\n    connectsTo: [" + String.join(", ", calls) + "]\n");
  }

  private static final String ENVIRONMENT =
      """
      apiVersion: chartgen/v1
      kind: Environment
      metadata:
        name: qa
      spec:
        domain: qa.example.org
        kubeVersion: ">=1.35.0-0"
        modules:
          alpha:
            replicas: 2
      """;

  /** A copy of the generated charts and the state, so that each test spoils its own. */
  private static Path copy(Path target) {
    Trees.copy(charts, target);
    return target;
  }

  private static Linter linter(Path cache) {
    return new Linter(null).withCache(cache).threads(2);
  }

  private static LintReport lint(Linter linter, Path folder) {
    return lint(linter, folder, descriptors, VERSIONS);
  }

  private static LintReport lint(
      Linter linter, Path folder, Descriptors with, List<String> versions) {
    return linter.lint(with, folder, versions, Severity.WARNING);
  }

  /** What a report says, durations left out. */
  private static List<String> content(LintReport report) {
    List<String> lines = new java.util.ArrayList<>();
    report
        .charts()
        .forEach(c -> lines.add("chart " + c.chart() + " " + c.environment() + " " + c.objects()));
    report.findings().forEach(f -> lines.add("finding " + f));
    report.waived().forEach(w -> lines.add("waived " + w));
    lines.add("rules " + report.rules().keySet());
    lines.add("versions " + report.kubeVersions());
    return lines;
  }

  /** The module charts Helm was called on by {@code linter}. */
  private static List<String> moduleCharts(Linter linter) {
    return linter.helmCharts().stream().filter(MODULES::contains).toList();
  }

  @Test
  void anUnchangedLintLintsNoModuleChartAndReportsTheSame(@TempDir Path dir) throws IOException {
    Path folder = copy(dir.resolve("charts"));
    Path cache = dir.resolve("state/lint");
    LintReport clean = lint(new Linter(null), folder);
    assertThat(clean.waived()).extracting(w -> w.finding().ruleId()).contains("CG023");
    assertThat(clean.charts()).extracting(LintReport.ChartResult::environment).contains("qa");

    Linter first = linter(cache);
    LintReport filled = lint(first, folder);
    assertThat(moduleCharts(first)).containsAll(MODULES);
    assertThat(first.cachedCharts()).isZero();
    assertThat(content(filled)).isEqualTo(content(clean));

    Linter second = linter(cache);
    LintReport cached = lint(second, folder);
    assertThat(second.cachedCharts()).isEqualTo(3);
    // no call at all: module charts, the environment's window, platform and umbrella charts
    assertThat(second.helmCharts()).isEmpty();
    assertThat(content(cached)).isEqualTo(content(clean));
  }

  @Test
  void oneChangedChartIsLintedAloneAndTheGraphRuleStillJudgesTheCachedOnes(@TempDir Path dir)
      throws IOException {
    Path folder = copy(dir.resolve("charts"));
    Path cache = dir.resolve("state/lint");
    assertThat(lint(linter(cache), folder).findings()).noneMatch(f -> f.ruleId().equals("CG045"));

    // Given gamma's container moved to another port by hand (its Service targets the port by
    // name): alpha's egress, read from the cache, no longer lets alpha reach it
    Path pod = folder.resolve("gamma/templates/_pod.tpl");
    String text = Files.readString(pod, StandardCharsets.UTF_8);
    assertThat(text).contains("containerPort: 8080");
    Files.writeString(
        pod, text.replace("containerPort: 8080", "containerPort: 8081"), StandardCharsets.UTF_8);
    Linter linter = linter(cache);
    LintReport report = lint(linter, folder);

    assertThat(moduleCharts(linter)).containsOnly("gamma");
    // and the umbrella charts that embed gamma's chart (its version unchanged: a hand edit)
    assertThat(new java.util.TreeSet<>(linter.helmCharts()))
        .containsExactly("digit", "digit-edge", "gamma");
    assertThat(linter.cachedCharts()).isEqualTo(2);
    assertThat(content(report)).isEqualTo(content(lint(new Linter(null), folder)));

    // And then with every chart from the cache, the cross-chart findings stay
    Linter again = linter(cache);
    LintReport cached = lint(again, folder);
    assertThat(again.cachedCharts()).isEqualTo(3);
    assertThat(moduleCharts(again)).isEmpty();
    assertThat(content(cached)).isEqualTo(content(report));
    assertThat(cached.findings())
        .filteredOn(f -> f.ruleId().equals("CG045"))
        .extracting(Finding::chart)
        .contains("alpha");
  }

  @Test
  void oneChangedModuleRelintsOnlyTheUmbrellaChartsThatEmbedIt(@TempDir Path dir)
      throws IOException {
    Path folder = copy(dir.resolve("charts"));
    Path cache = dir.resolve("state/lint");
    Path descriptorsFolder = Files.createDirectories(dir.resolve("descriptors"));
    for (String module : MODULES) {
      Files.copy(
          work.resolve("descriptors/" + module + ".yaml"),
          descriptorsFolder.resolve(module + ".yaml"));
    }
    Files.createDirectories(dir.resolve("environments"));
    Files.copy(work.resolve("environments/qa.yaml"), dir.resolve("environments/qa.yaml"));
    Files.copy(work.resolve("platform.yaml"), dir.resolve("platform.yaml"));
    Request request =
        Request.of(dir.resolve("platform.yaml"), descriptorsFolder, folder).withDisplayRoot(dir);
    Linter first = linter(cache);
    lint(first, folder);
    assertThat(first.helmCharts()).contains(PLATFORM_CHART).containsAll(UMBRELLAS);

    // Given gamma's descriptor gains a variable, generated again (gamma's chart and its version in
    // the umbrella charts that embed it change; the platform chart does not)
    Path gamma = descriptorsFolder.resolve("gamma.yaml");
    Files.writeString(
        gamma,
        Files.readString(gamma, StandardCharsets.UTF_8) + "  env:\n    GREETING: hello\n",
        StandardCharsets.UTF_8);
    Chartgen.create().generate(request);
    Descriptors edited = Chartgen.create().validate(request);
    Linter linter = linter(cache);
    LintReport report = lint(linter, folder, edited, VERSIONS);
    // gamma, digit-edge and digit: not alpha, beta, digit-core, nor the platform chart
    assertThat(new java.util.TreeSet<>(linter.helmCharts()))
        .containsExactly("digit", "digit-edge", "gamma");
    assertThat(content(report))
        .isEqualTo(content(lint(new Linter(null), folder, edited, VERSIONS)));

    // Given gamma reads a Secret: the platform chart gains it (keys, namespace), so it is linted
    // again too
    Files.writeString(
        gamma,
        Files.readString(gamma, StandardCharsets.UTF_8)
            + "    TOKEN: { secret: gamma-token, key: token }\n",
        StandardCharsets.UTF_8);
    Chartgen.create().generate(request);
    Descriptors withSecret = Chartgen.create().validate(request);
    Linter secret = linter(cache);
    LintReport secretReport = lint(secret, folder, withSecret, VERSIONS);
    assertThat(new java.util.TreeSet<>(secret.helmCharts()))
        .containsExactly("digit", "digit-edge", PLATFORM_CHART, "gamma");
    assertThat(content(secretReport))
        .isEqualTo(content(lint(new Linter(null), folder, withSecret, VERSIONS)));

    // And then nothing changed: no call into Helm, the same report
    Linter again = linter(cache);
    LintReport cached = lint(again, folder, withSecret, VERSIONS);
    assertThat(again.helmCharts()).isEmpty();
    assertThat(content(cached)).isEqualTo(content(secretReport));
    assertThat(cached.charts())
        .extracting(LintReport.ChartResult::chart)
        .contains(PLATFORM_CHART, "umbrella/digit", "umbrella/digit-core", "umbrella/digit-edge");
  }

  @Test
  void theEntriesOfRemovedDeliveryChartsAreDeleted(@TempDir Path dir) throws IOException {
    Path folder = copy(dir.resolve("charts"));
    Path cache = dir.resolve("state/lint");
    lint(linter(cache), folder);
    assertThat(cache.resolve("_umbrella-digit-edge" + LintCache.EXTENSION)).isRegularFile();
    Path stale = cache.resolve("_umbrella-digit-gone" + LintCache.EXTENSION);
    Files.copy(cache.resolve("_umbrella-digit-edge" + LintCache.EXTENSION), stale);
    Path older = Files.writeString(cache.resolve("_delivery" + LintCache.EXTENSION), "old");

    Linter linter = linter(cache);
    lint(linter, folder);
    assertThat(linter.helmCharts()).isEmpty();
    assertThat(stale).doesNotExist();
    assertThat(older).doesNotExist();
    assertThat(cache.resolve("_platform" + LintCache.EXTENSION)).isRegularFile();
  }

  @Test
  void wavierEditsNeedNoRelintRulesAndVersionsDo(@TempDir Path dir) throws IOException {
    Path folder = copy(dir.resolve("charts"));
    Path cache = dir.resolve("state/lint");
    lint(linter(cache), folder);

    // a waiver removed from beta's descriptor: applied after the cache
    Path descriptorsFolder = Files.createDirectories(dir.resolve("descriptors"));
    for (String module : MODULES) {
      Files.copy(
          work.resolve("descriptors/" + module + ".yaml"),
          descriptorsFolder.resolve(module + ".yaml"));
    }
    Files.writeString(descriptorsFolder.resolve("beta.yaml"), module("beta"));
    Files.createDirectories(dir.resolve("environments"));
    Files.copy(work.resolve("environments/qa.yaml"), dir.resolve("environments/qa.yaml"));
    Files.copy(work.resolve("platform.yaml"), dir.resolve("platform.yaml"));
    Descriptors unwaived =
        Chartgen.create()
            .validate(
                Request.of(dir.resolve("platform.yaml"), descriptorsFolder, folder)
                    .withDisplayRoot(dir));
    Linter linter = linter(cache);
    LintReport report = lint(linter, folder, unwaived, VERSIONS);
    assertThat(moduleCharts(linter)).isEmpty();
    assertThat(report.findings()).extracting(Finding::ruleId).contains("CG023");
    assertThat(content(report))
        .isEqualTo(content(lint(new Linter(null), folder, unwaived, VERSIONS)));

    // other Kubernetes versions: everything again
    Linter versions = linter(cache);
    lint(versions, folder, descriptors, List.of("1.35.0"));
    assertThat(versions.cachedCharts()).isZero();
    assertThat(moduleCharts(versions)).containsAll(MODULES);

    // another rule (a user's policy): everything again
    Path policies = Files.createDirectories(dir.resolve("policies"));
    Files.writeString(policies.resolve("acme.schema.json"), POLICY, StandardCharsets.UTF_8);
    Linter rules = new Linter(policies).withCache(cache).threads(2);
    LintReport withPolicy = lint(rules, folder);
    assertThat(rules.cachedCharts()).isZero();
    assertThat(content(withPolicy)).isEqualTo(content(lint(new Linter(policies), folder)));
  }

  private static final String POLICY =
      """
      {
        "title": "Objects carry a team label",
        "x-rule": {
          "id": "ACME001", "severity": "info", "family": "acme", "target": "object",
          "message": "has no team label", "hint": "add metadata.labels.team"
        },
        "required": ["metadata"]
      }
      """;

  @Test
  void aCorruptOrTruncatedEntryIsLintedAgain(@TempDir Path dir) throws IOException {
    Path folder = copy(dir.resolve("charts"));
    Path cache = dir.resolve("state/lint");
    LintReport clean = lint(linter(cache), folder);
    Path alpha = cache.resolve("alpha" + LintCache.EXTENSION);
    Path beta = cache.resolve("beta" + LintCache.EXTENSION);
    String text = Files.readString(alpha, StandardCharsets.UTF_8);
    Files.writeString(alpha, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
    String other = Files.readString(beta, StandardCharsets.UTF_8);
    // a finding count changed in place: valid JSON, wrong digest
    Files.writeString(beta, other.replace("\"objects\":", "\"objects\": "), StandardCharsets.UTF_8);
    // and one delivery chart's entry truncated
    Path core = cache.resolve("_umbrella-digit-core" + LintCache.EXTENSION);
    String umbrella = Files.readString(core, StandardCharsets.UTF_8);
    Files.writeString(core, umbrella.substring(0, umbrella.length() - 2), StandardCharsets.UTF_8);

    Linter linter = linter(cache);
    LintReport report = lint(linter, folder);
    assertThat(moduleCharts(linter)).containsOnly("alpha", "beta");
    assertThat(new java.util.TreeSet<>(linter.helmCharts()))
        .containsExactly("alpha", "beta", "digit-core");
    assertThat(content(report)).isEqualTo(content(clean));
    assertThat(Files.readString(alpha, StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void oneThreadAndSeveralGiveTheSameReport(@TempDir Path dir) throws IOException {
    Path folder = copy(dir.resolve("charts"));
    assertThat(content(lint(new Linter(null).threads(1), folder)))
        .isEqualTo(content(lint(new Linter(null).threads(4), folder)));
  }
}
