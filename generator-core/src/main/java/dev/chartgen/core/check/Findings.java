package dev.chartgen.core.check;

import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;

/** Collects located problems about one document. */
public final class Findings {

  private final YamlDocument document;
  private final List<Problem> problems = new ArrayList<>();

  public Findings(YamlDocument document) {
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
