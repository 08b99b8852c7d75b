package dev.chartgen.core.render;

/**
 * The FreeMarker output format of every template that Helm reads as a Go template (manifests,
 * helpers, NOTES.txt): each {@code ${...}} is printed so that Helm shows it as text and never
 * evaluates it. A <code>{</code> that could start or join an action (one followed by another, or
 * the last of the text) is written as the Go template literal <code>{{ "{" }}</code>.
 */
public final class HelmTextFormat extends EscapingFormat {

  /** The one instance. */
  public static final HelmTextFormat INSTANCE = new HelmTextFormat();

  private HelmTextFormat() {
    super("HelmText", null, HelmTextFormat::escape);
  }

  /** {@code text} as Helm template source that renders exactly {@code text}. */
  public static String escape(String text) {
    if (text.indexOf('{') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean risky = c == '{' && (i + 1 == text.length() || text.charAt(i + 1) == '{');
      out.append(risky ? "{{ \"{\" }}" : String.valueOf(c));
    }
    return out.toString();
  }
}
