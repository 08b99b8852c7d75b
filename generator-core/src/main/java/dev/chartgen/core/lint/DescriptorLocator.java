package dev.chartgen.core.lint;

import dev.chartgen.core.problem.Location;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.Map;

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
          Map.entry("CG044", "/spec/waivers"));

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
}
