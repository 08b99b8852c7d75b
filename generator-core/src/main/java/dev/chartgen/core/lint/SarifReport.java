package dev.chartgen.core.lint;

import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Rule;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.text.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning among them): every
 * rule with its absolute documentation address, tags and, for security rules, a {@code
 * security-severity}; every finding located at the descriptor that caused it, relative to the
 * repository root ({@code %SRCROOT%}), with the rendered object as a logical location, a partial
 * fingerprint that survives edits elsewhere in the file, and the environment it was linted for (its
 * {@code properties.environment}: an environment file's name, or {@value LintReport#DEFAULTS} for
 * the chart's default values; the environment is part of the fingerprint, so one finding in two
 * environments is two results); a finding on an environment file's own waivers is located in that
 * file. Waived findings carry their waiver as a suppression. Deterministic: no times, no absolute
 * paths.
 */
public final class SarifReport {

  /** Where the rules are documented by default: docs/rules.md of chartgen's repository. */
  public static final String RULES_DOC =
      "https://github.com/chartgen/chartgen/blob/main/docs/rules.md";

  /** The base id of the repository root, against which every artifact uri is relative. */
  public static final String SRCROOT = "%SRCROOT%";

  /** The partial fingerprint's key (its version changes when its recipe does). */
  public static final String FINGERPRINT = "chartgenFinding/v1";

  /** Rule families about security: their rules are tagged security and carry a severity score. */
  static final java.util.Set<String> SECURITY_FAMILIES =
      java.util.Set.of("security-context", "identity", "rbac", "secrets", "networking", "images");

  /**
   * What a report says beyond the findings.
   *
   * @param documentationUrl the absolute address of the rules' documentation (each rule's {@code
   *     helpUri} is it plus {@code #<rule id>})
   * @param environment the environment the whole run was linted for (named in {@code
   *     automationDetails}, and the environment of findings that name none), or null
   */
  public record Options(String documentationUrl, String environment) {
    public Options {
      documentationUrl =
          documentationUrl == null || documentationUrl.isBlank() ? RULES_DOC : documentationUrl;
    }

    /** The default documentation, no environment. */
    public static Options defaults() {
      return new Options(null, null);
    }
  }

  private SarifReport() {}

  /** The report with the default documentation address and no environment. */
  public static String write(LintReport report) {
    return write(report, Options.defaults());
  }

  /** The report as SARIF 2.1.0 JSON. */
  public static String write(LintReport report, Options options) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "chartgen");
    driver.put("informationUri", "https://github.com/chartgen/chartgen");
    List<Object> rules = new ArrayList<>();
    for (Rule rule : report.rules().values()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", rule.id());
      r.put("name", rule.title());
      r.put("shortDescription", ordered("text", rule.title()));
      r.put("fullDescription", ordered("text", rule.message()));
      r.put("help", ordered("text", rule.hint()));
      r.put("helpUri", options.documentationUrl() + "#" + rule.docAnchor());
      r.put("defaultConfiguration", ordered("level", level(rule)));
      Map<String, Object> properties = new LinkedHashMap<>();
      boolean security = SECURITY_FAMILIES.contains(rule.family());
      properties.put(
          "tags",
          security
              ? List.of("security", "kubernetes", rule.family())
              : List.of("reliability", "kubernetes", rule.family()));
      if (security) {
        properties.put("security-severity", securitySeverity(rule));
      }
      properties.put("family", rule.family());
      properties.put("checks", rule.checks());
      r.put("properties", properties);
      rules.add(r);
    }
    driver.put("rules", rules);
    List<Object> results = new ArrayList<>();
    report.findings().forEach(f -> results.add(result(report, f, null, options)));
    report.waived().forEach(w -> results.add(result(report, w.finding(), w.reason(), options)));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", ordered("driver", driver));
    if (options.environment() != null) {
      run.put("automationDetails", ordered("id", "chartgen/" + options.environment() + "/"));
    }
    run.put(
        "originalUriBaseIds",
        ordered(
            SRCROOT,
            ordered(
                "description",
                ordered(
                    "text",
                    "The root of the repository (the build's root folder): every uri is relative"
                        + " to it."))));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    sarif.put("version", "2.1.0");
    sarif.put("runs", List.of(run));
    return JsonWriter.write(sarif);
  }

  private static Map<String, Object> result(
      LintReport report, Finding f, String waiver, Options options) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", f.ruleId());
    result.put("level", level(f.rule()));
    result.put(
        "message",
        ordered("text", f.chart() + ": " + f.object() + " " + f.path() + ": " + f.message()));
    Map<String, Object> location = new LinkedHashMap<>();
    DescriptorLocator locator =
        DescriptorLocator.ENVIRONMENT.equals(f.object()) && f.environment() != null
            ? report.environmentFiles().get(f.environment())
            : report.descriptors().get(f.chart());
    if (locator != null) {
      Location at = locator.locate(f);
      Map<String, Object> physical = new LinkedHashMap<>();
      String source = locator.source().replace('\\', '/');
      physical.put(
          "artifactLocation",
          source.startsWith("/")
              // outside the repository root: an absolute file URI, no base
              ? ordered("uri", "file://" + uri(source))
              : ordered("uri", uri(source), "uriBaseId", SRCROOT));
      if (at.line() > 0) {
        physical.put("region", ordered("startLine", at.line(), "startColumn", at.column()));
      }
      location.put("physicalLocation", physical);
    }
    location.put(
        "logicalLocations",
        List.of(
            ordered(
                "fullyQualifiedName", f.chart() + "/" + f.object() + f.path(), "kind", "object")));
    result.put("locations", List.of(location));
    result.put("partialFingerprints", ordered(FINGERPRINT, fingerprint(f, options)));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("chart", f.chart());
    properties.put("object", f.object());
    properties.put("field", f.path());
    properties.put("environment", LintReport.name(environment(f, options)));
    result.put("properties", properties);
    if (waiver != null) {
      result.put("suppressions", List.of(ordered("kind", "inSource", "justification", waiver)));
    }
    return result;
  }

  /** The finding's environment, or the run's; null for the chart's default values. */
  private static String environment(Finding f, Options options) {
    return f.environment() != null ? f.environment() : options.environment();
  }

  /**
   * What identifies a finding across runs, whatever moves around it in the descriptor: the rule,
   * the environment, the chart, the object and the field, hashed.
   */
  static String fingerprint(Finding f, Options options) {
    String environment = environment(f, options);
    String key =
        String.join(
            "\u0000",
            f.ruleId(),
            environment == null ? "" : environment,
            f.chart(),
            f.object(),
            f.path());
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** A file name as a relative URI reference: {@code /}-separated, each segment percent-encoded. */
  static String uri(String path) {
    StringBuilder uri = new StringBuilder();
    for (String segment : path.replace('\\', '/').split("/", -1)) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      uri.append(
          java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return uri.toString();
  }

  /** GitHub's scale: 9.0+ critical, 7.0+ high, 4.0+ medium, below low. */
  private static String securitySeverity(Rule rule) {
    return switch (rule.severity()) {
      case ERROR -> "8.0";
      case WARNING -> "5.0";
      case INFO -> "2.0";
    };
  }

  /** A map that keeps the order its entries are given in (Map.of does not). */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static String level(Rule rule) {
    return switch (rule.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
