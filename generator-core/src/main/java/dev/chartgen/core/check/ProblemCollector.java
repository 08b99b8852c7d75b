package dev.chartgen.core.check;

import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the located problems of loading one document (a descriptor or the platform file). Not to
 * be confused with lint findings ({@link dev.chartgen.core.policy.Finding}), which are about
 * generated charts.
 */
public final class ProblemCollector {

  private final YamlDocument document;
  private final List<Problem> problems = new ArrayList<>();

  public ProblemCollector(YamlDocument document) {
    this.document = document;
  }

  /** A problem with the value at {@code pointer}. */
  public void value(String pointer, String message) {
    value(pointer, message, "");
  }

  public void value(String pointer, String message, String hint) {
    problems.add(new Problem(document.locate(pointer), pointer, message, hint));
  }

  /** A problem with the property (its key) at {@code pointer}. */
  public void key(String pointer, String message, String hint) {
    problems.add(new Problem(document.locateKey(pointer), pointer, message, hint));
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  public YamlDocument document() {
    return document;
  }
}
