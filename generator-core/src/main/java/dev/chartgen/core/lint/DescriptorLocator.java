package dev.chartgen.core.lint;

import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Points a finding back at the descriptor part that caused it, for reports (SARIF) that link to
 * source files.
 */
public final class DescriptorLocator {

  private static final Map<String, String> POINTERS =
      Map.ofEntries(
          Map.entry("CG010", "/spec/volumes"),
          Map.entry("CG012", "/spec/serviceAccount"),
          Map.entry("CG013", "/spec/serviceAccount"),
          Map.entry("CG014", "/spec/env"),
          Map.entry("CG015", "/spec/resources"),
          Map.entry("CG016", "/spec/resources"),
          Map.entry("CG017", "/spec/image"),
          Map.entry("CG018", "/spec/image"),
          Map.entry("CG019", "/spec/image/pullPolicy"),
          Map.entry("CG020", "/spec/health"),
          Map.entry("CG021", "/spec/health"),
          Map.entry("CG022", "/spec/health"),
          Map.entry("CG023", "/spec/replicas"),
          Map.entry("CG024", "/spec/autoscaling"),
          Map.entry("CG025", "/spec/disruptionBudget"),
          Map.entry("CG026", "/spec/scheduling"),
          Map.entry("CG027", "/spec/scheduling"),
          Map.entry("CG029", "/spec/networkPolicy"),
          Map.entry("CG032", "/spec/service"),
          Map.entry("CG033", "/spec/ingress"),
          Map.entry("CG034", "/spec/ports"),
          Map.entry("CG035", "/spec/env"),
          Map.entry("CG039", "/spec/job"),
          Map.entry("CG040", "/spec/statefulSet"),
          Map.entry("CG041", "/spec/serviceAccount/rules"),
          Map.entry("CG044", "/spec/waivers"),
          Map.entry("CG048", "/spec/serviceAccount/clusterAccess"));

  /** The object name of findings on the descriptor itself rather than on a rendered object. */
  public static final String DESCRIPTOR = "descriptor";

  /**
   * The object name of findings on an environment file rather than on a rendered object (a waiver
   * the environment lists).
   */
  public static final String ENVIRONMENT = "environment";

  private final YamlDocument document;

  public DescriptorLocator(YamlDocument document) {
    this.document = document;
  }

  /** The descriptor file. */
  public String source() {
    return document.source();
  }

  /** Where in the descriptor a finding of {@code rule} most likely comes from. */
  public Location locate(String rule) {
    return document.locate(POINTERS.getOrDefault(rule, "/metadata/name"));
  }

  /**
   * Where in the descriptor {@code finding} comes from: its own field when it is a finding on the
   * descriptor itself (a waiver), the first hostPath volume for CG010, else as {@link
   * #locate(String)}.
   */
  public Location locate(Finding finding) {
    if ((DESCRIPTOR.equals(finding.object()) || ENVIRONMENT.equals(finding.object()))
        && !finding.path().isEmpty()) {
      return document.locate(finding.path());
    }
    if (finding.ruleId().equals("CG010")) {
      JsonNode volumes = document.at("/spec/volumes");
      for (int i = 0; i < volumes.size(); i++) {
        if (volumes.get(i).has("hostPath")) {
          return document.locate("/spec/volumes/" + i + "/hostPath");
        }
      }
    }
    return locate(finding.ruleId());
  }
}
