package dev.chartgen.core.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders one of DIGIT's template strings (the {@code env} string, {@code resources}, {@code
 * extraVolumes}…) line by line. Conditions stand on lines of their own: a condition on the chart's
 * own values or on cluster-configs is resolved once (and noted); a condition on a {@code global}
 * flag or on {@code tracing-enabled} without an else keeps its lines and marks them with that
 * guard, so the caller can turn them into a {@code when:} flag or java tracing.
 */
final class TemplateText {

  /** The guard of lines inside {@code if index .Values "tracing-enabled"}. */
  static final String TRACING = "tracing-enabled";

  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*\\{\\{-?\\s*(if|else if|else|end)\\b(.*?)\\s*-?}}\\s*$");
  private static final Pattern INLINE = Pattern.compile("\\{\\{(-?)(.*?)-?}}");

  /** A rendered line, its line in the values file, its guard (or null) and what it inlined. */
  record Line(String text, int sourceLine, String guard, List<Scope.Lookup> inlined) {
    Line {
      inlined = List.copyOf(inlined);
    }
  }

  /** The rendered lines and the notes on what was resolved. */
  record Result(List<Line> lines, List<String> notes, Set<String> ownKeysRead) {
    Result {
      lines = List.copyOf(lines);
      notes = List.copyOf(notes);
      ownKeysRead = Set.copyOf(ownKeysRead);
    }

    /** The rendered text, lines joined with \n. */
    String text() {
      StringBuilder out = new StringBuilder();
      lines.forEach(l -> out.append(l.text()).append('\n'));
      return out.toString();
    }
  }

  private sealed interface Node permits Text, If {}

  private record Text(String text, int line) implements Node {}

  private record If(String condition, int line, List<Node> then, List<Node> otherwise)
      implements Node {}

  private final Scope scope;
  private final String what;
  private final boolean guardGlobals;
  private final List<Line> out = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Set<String> ownKeys = new LinkedHashSet<>();

  private TemplateText(Scope scope, String what, boolean guardGlobals) {
    this.scope = scope;
    this.what = what;
    this.guardGlobals = guardGlobals;
  }

  /**
   * Renders {@code template}.
   *
   * @param firstLine the values file's line of the template's first line
   * @param what the values key, for notes
   * @param guardGlobals keep blocks on global flags (marked) instead of resolving them
   * @throws TemplateException on a directive or expression that is not understood
   */
  static Result render(
      String template, int firstLine, Scope scope, String what, boolean guardGlobals) {
    TemplateText renderer = new TemplateText(scope, what, guardGlobals);
    List<Node> nodes = parse(template, firstLine);
    renderer.render(nodes, null);
    return new Result(renderer.out, renderer.notes, renderer.ownKeys);
  }

  private static List<Node> parse(String template, int firstLine) {
    String[] lines = template.split("\n", -1);
    List<List<Node>> stack = new ArrayList<>();
    List<If> open = new ArrayList<>();
    List<Node> root = new ArrayList<>();
    stack.add(root);
    for (int i = 0; i < lines.length; i++) {
      int line = firstLine + i;
      Matcher m = DIRECTIVE.matcher(lines[i]);
      if (!m.matches()) {
        if (lines[i].matches(".*\\{\\{-?\\s*(if|else|end|range|with|define)\\b.*")) {
          throw new TemplateException(
              line, "a condition or loop inside a line is not understood: " + lines[i].strip());
        }
        stack.get(stack.size() - 1).add(new Text(lines[i], line));
        continue;
      }
      String word = m.group(1);
      String rest = m.group(2).strip();
      switch (word) {
        case "if" -> {
          If node = new If(rest, line, new ArrayList<>(), new ArrayList<>());
          stack.get(stack.size() - 1).add(node);
          open.add(node);
          stack.add(node.then());
        }
        case "else if" -> {
          requireOpen(open, line, "else if");
          If current = open.get(open.size() - 1);
          If nested = new If(rest, line, new ArrayList<>(), new ArrayList<>());
          stack.remove(stack.size() - 1);
          current.otherwise().add(nested);
          open.set(open.size() - 1, nested);
          stack.add(nested.then());
        }
        case "else" -> {
          requireOpen(open, line, "else");
          if (!rest.isEmpty()) {
            throw new TemplateException(line, "'else " + rest + "' is not understood");
          }
          stack.remove(stack.size() - 1);
          stack.add(open.get(open.size() - 1).otherwise());
        }
        default -> {
          requireOpen(open, line, "end");
          stack.remove(stack.size() - 1);
          open.remove(open.size() - 1);
        }
      }
    }
    if (!open.isEmpty()) {
      throw new TemplateException(open.get(0).line(), "this 'if' has no 'end'");
    }
    return root;
  }

  private static void requireOpen(List<If> open, int line, String word) {
    if (open.isEmpty()) {
      throw new TemplateException(line, "'" + word + "' without an 'if'");
    }
  }

  private void render(List<Node> nodes, String guard) {
    for (Node node : nodes) {
      if (node instanceof Text text) {
        text(text, guard);
      } else {
        condition((If) node, guard);
      }
    }
  }

  private void condition(If node, String guard) {
    scope.resetTrace();
    Object value = Expression.evaluate(node.condition(), scope, node.line());
    List<Scope.Lookup> reads = scope.trace();
    boolean global = reads.stream().anyMatch(r -> r.origin() == Scope.Origin.GLOBAL);
    boolean cluster = reads.stream().anyMatch(r -> r.origin() == Scope.Origin.CLUSTER_CONFIGS);
    reads.stream().filter(r -> r.origin() == Scope.Origin.OWN).forEach(r -> ownKeys.add(r.key()));
    boolean tracing =
        reads.size() == 1
            && reads.get(0).origin() == Scope.Origin.OWN
            && reads.get(0).path().equals(List.of(TRACING));
    String flag = global ? plainGlobalFlag(node.condition()) : null;
    boolean noElse = node.otherwise().isEmpty();
    if (guard == null && noElse && tracing) {
      render(node.then(), TRACING);
      return;
    }
    if (guard == null && noElse && guardGlobals && flag != null) {
      render(node.then(), "global:" + flag);
      return;
    }
    boolean truth = Expression.truthy(value);
    String on =
        global
            ? "a global flag"
            : cluster ? "the environment's cluster-configs" : "the chart's own values";
    notes.add(
        what
            + " line "
            + node.line()
            + ": condition {{ if "
            + node.condition()
            + " }} on "
            + on
            + " resolved to "
            + truth);
    render(truth ? node.then() : node.otherwise(), guard);
  }

  private static final Pattern GLOBAL_FLAG =
      Pattern.compile(
          "^(?:index \\$?\\.Values \"global\" \"([^\"]+)\"|\\$?\\.Values\\.global\\.([A-Za-z0-9_-]+))$");

  /** The flag of a condition that is just a global lookup, else null. */
  private static String plainGlobalFlag(String condition) {
    Matcher m = GLOBAL_FLAG.matcher(condition.strip());
    if (!m.matches()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  private void text(Text text, String guard) {
    List<Scope.Lookup> inlined = new ArrayList<>();
    Matcher m = INLINE.matcher(text.text());
    StringBuilder rendered = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String before = text.text().substring(last, m.start());
      if (m.group(1).equals("-")) {
        before = before.stripTrailing();
      }
      rendered.append(before);
      scope.resetTrace();
      Object value = Expression.evaluate(m.group(2), scope, text.line());
      for (Scope.Lookup read : scope.trace()) {
        inlined.add(read);
        if (read.origin() == Scope.Origin.OWN) {
          ownKeys.add(read.key());
        }
      }
      try {
        rendered.append(Expression.print(value));
      } catch (IllegalArgumentException e) {
        throw new TemplateException(
            text.line(), "{{" + m.group(2) + "}} gives a map or list, not a text");
      }
      last = m.end();
    }
    rendered.append(text.text().substring(last));
    out.add(new Line(rendered.toString(), text.line(), guard, inlined));
  }
}
