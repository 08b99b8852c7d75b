package dev.chartgen.core.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * The FreeMarker output format of every template that Helm reads as a Go template (manifests,
 * helpers, NOTES.txt): each {@code ${...}} is printed so that Helm shows it as text and never
 * evaluates it. A <code>{</code> that could start or join an action (one followed by another, or
 * the last of the text) is written as the Go template literal <code>{{ "{" }}</code>.
 */
public final class HelmTextFormat extends CommonMarkupOutputFormat<HelmTextFormat.HelmText> {

  /** The one instance. */
  public static final HelmTextFormat INSTANCE = new HelmTextFormat();

  private HelmTextFormat() {}

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

  @Override
  public String getName() {
    return "HelmText";
  }

  @Override
  public String getMimeType() {
    return null;
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escape(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return escape(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected HelmText newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new HelmText(plainTextContent, markupContent);
  }

  /** Text already in Helm template form. */
  public static final class HelmText extends CommonTemplateMarkupOutputModel<HelmText> {

    HelmText(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public HelmTextFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
