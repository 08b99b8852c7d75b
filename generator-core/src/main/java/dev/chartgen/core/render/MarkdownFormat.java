package dev.chartgen.core.render;

/**
 * The FreeMarker output format of Markdown templates (the chart README): each {@code ${...}} is
 * shown as text by every CommonMark/GitHub renderer. HTML is written as entities ({@code <}, {@code
 * >}, {@code &}); emphasis, links, images, code and table characters are backslash-escaped; a line
 * break becomes {@code <br>}, so the text stays inside its paragraph or table cell and can start no
 * heading, list, quote or code block of its own.
 */
public final class MarkdownFormat extends EscapingFormat {

  /** The one instance. */
  public static final MarkdownFormat INSTANCE = new MarkdownFormat();

  private static final String ESCAPED = "\\`*_[]|~";

  private MarkdownFormat() {
    super("Markdown", "text/markdown", MarkdownFormat::escape);
  }

  /** {@code text} as Markdown that renders as exactly {@code text}. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else if (c == '\n') {
        out.append("<br>");
      } else if (c == '\t') {
        out.append("&#9;");
      } else if (c == ' ' && edge(text, i)) {
        out.append("&#32;"); // leading spaces start a code block, trailing ones are dropped
      } else if (ESCAPED.indexOf(c) >= 0 || (atLineStart(text, i) && "-+=.)#".indexOf(c) >= 0)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} as an inline code span that shows it verbatim, also inside a table: the fence is
   * longer than any run of backticks in it, {@code |} is escaped for GitHub tables, and line breaks
   * become spaces (as Markdown itself would show them).
   */
  public static String code(String text) {
    String flat = text.replace('\n', ' ').replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank();
    return fence + (pad ? " " + flat + " " : flat) + fence;
  }

  /** Whether the space at {@code i} leads or ends its line. */
  private static boolean edge(String text, int i) {
    int before = i;
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    int after = i;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return before == 0
        || text.charAt(before - 1) == '\n'
        || after == text.length()
        || text.charAt(after) == '\n';
  }

  /** A list or ordered-list marker counts at the start of the text, or after leading digits. */
  private static boolean atLineStart(String text, int i) {
    int start = i;
    while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      start--;
    }
    return start == 0 || text.charAt(start - 1) == '\n';
  }
}
