package dev.chartgen.core.problem;

import dev.chartgen.core.text.Words;
import java.util.List;
import java.util.stream.Collectors;

/** The descriptors, platform or environment files are wrong: every problem found, in order. */
public final class DescriptorException extends ChartgenException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public DescriptorException(List<Problem> problems) {
    super(summary(problems), null);
    this.problems = problems.stream().sorted(Problem.ORDER).distinct().toList();
  }

  /** The problems, sorted by file, line and column, without duplicates. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    String lines =
        problems.stream()
            .sorted(Problem.ORDER)
            .distinct()
            .map(Problem::format)
            .collect(Collectors.joining("\n"));
    int count = (int) problems.stream().distinct().count();
    return Words.count(count, "problem") + " in the descriptors:\n" + lines;
  }
}
