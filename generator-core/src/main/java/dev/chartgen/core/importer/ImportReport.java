package dev.chartgen.core.importer;

import java.util.List;

/** IMPORT-REPORT.md and the console table: every service, every rewrite, every dropped key. */
final class ImportReport {

  private final ImportRequest request;
  private final List<ServiceImport> services;
  private final PlatformAssembler platform;
  private final List<String> problems;

  ImportReport(
      ImportRequest request,
      List<ServiceImport> services,
      PlatformAssembler platform,
      List<String> problems) {
    this.request = request;
    this.services = services;
    this.platform = platform;
    this.problems = problems;
  }

  String summary() {
    return "imported="
        + count(ServiceImport.Status.IMPORTED)
        + " with-notes="
        + count(ServiceImport.Status.WITH_NOTES)
        + " refused="
        + count(ServiceImport.Status.REFUSED);
  }

  private long count(ServiceImport.Status status) {
    return services.stream().filter(s -> s.status() == status).count();
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Import report\n\n");
    md.append("Imported from DIGIT's Helm values, environment `")
        .append(code(request.environment()))
        .append("`. Every service is *imported* (lossless), *imported with notes* (each rewrite")
        .append(
            " listed) or *refused* (the reason and the fix). Every values key is accounted for:")
        .append(" carried into the descriptor, or listed below as dropped with the reason.")
        .append(" *Mapped* lines say how something DIGIT renders is carried without loss (or with")
        .append(" chartgen's documented conventions, the same for every module); *notes* are")
        .append(
            " rewrites (a value inlined, a condition resolved, a safe fix, an action); a dropped")
        .append(" key is lossless when nothing read it or its setting is carried elsewhere.\n\n");
    md.append("| service | values file | status | notes | mapped | dropped keys |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (ServiceImport s : services) {
      md.append("| ")
          .append(cell(s.module()))
          .append(" | ")
          .append(cell(s.source().file()))
          .append(" | ")
          .append(s.status().label())
          .append(" | ")
          .append(s.notes().size())
          .append(" | ")
          .append(s.mapped().size())
          .append(" | ")
          .append(s.dropped().size())
          .append(" |\n");
    }
    if (!problems.isEmpty()) {
      md.append("\n## Problems in the DIGIT folder\n\n");
      problems.forEach(p -> md.append("- ").append(cell(p)).append('\n'));
    }
    md.append("\n## Platform\n\n");
    if (platform.notes().isEmpty() && platform.platformServices().isEmpty()) {
      md.append("Nothing to note.\n");
    }
    platform.notes().forEach(n -> md.append("- ").append(cell(n)).append('\n'));
    if (!platform.platformServices().isEmpty()) {
      md.append("\nServices referenced through `egov-service-host` but not imported, listed in")
          .append(" platform.yaml `services`:\n\n");
      new java.util.TreeMap<>(platform.platformServices())
          .forEach(
              (k, v) -> md.append("- ").append(cell(k)).append(": ").append(cell(v)).append('\n'));
    }
    for (ServiceImport s : services) {
      md.append("\n## ").append(cell(s.module())).append("\n\n");
      md.append("From `")
          .append(code(s.source().file()))
          .append("`: **")
          .append(s.status().label())
          .append("**");
      if (s.status() != ServiceImport.Status.REFUSED) {
        md.append(" as `descriptors/")
            .append(code(s.group()))
            .append('/')
            .append(code(s.module()))
            .append(".yaml`");
      }
      md.append(".\n\n");
      if (s.status() == ServiceImport.Status.REFUSED) {
        md.append("- reason: ").append(cell(s.refusal())).append('\n');
        md.append("- fix: ").append(cell(s.fix())).append('\n');
        continue;
      }
      s.notes().forEach(n -> md.append("- ").append(cell(n)).append('\n'));
      s.mapped().forEach(n -> md.append("- mapped: ").append(cell(n)).append('\n'));
      if (!s.dropped().isEmpty()) {
        md.append("\n| dropped key | reason |\n|---|---|\n");
        new java.util.TreeMap<>(s.dropped())
            .forEach(
                (k, v) ->
                    md.append("| ").append(cell(k)).append(" | ").append(cell(v)).append(" |\n"));
      }
    }
    md.append('\n').append(summary()).append('\n');
    return md.toString();
  }

  String table() {
    int width = services.stream().mapToInt(s -> s.module().length()).max().orElse(7);
    width = Math.max(width, 7);
    StringBuilder t = new StringBuilder();
    t.append(pad("service", width)).append("  ").append(pad("status", 19)).append("  details\n");
    for (ServiceImport s : services) {
      t.append(pad(s.module(), width))
          .append("  ")
          .append(pad(s.status().label(), 19))
          .append("  ");
      if (s.status() == ServiceImport.Status.REFUSED) {
        t.append(oneLine(s.refusal())).append(" -- fix: ").append(oneLine(s.fix()));
      } else {
        t.append(s.notes().size())
            .append(" note(s), ")
            .append(s.mapped().size())
            .append(" mapped, ")
            .append(s.dropped().size())
            .append(" dropped key(s)");
      }
      t.append('\n');
    }
    problems.forEach(p -> t.append(oneLine(p)).append('\n'));
    t.append(summary()).append('\n');
    return t.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ");
  }

  /** Text for a Markdown table cell or list item: nothing in it acts as Markdown or HTML. */
  static String cell(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : oneLine(text).toCharArray()) {
      if ("\\`*_{}[]()<>#+!|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Text inside a `code span`: backticks cannot close it. */
  static String code(String text) {
    return oneLine(text).replace('`', '\'');
  }
}
