package dev.chartgen.core.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * A FreeMarker output format that prints each {@code ${...}} through one escaping function, so that
 * the file it lands in shows a user's string as text. The formats differ only in the function
 * ({@link HelmTextFormat}, {@link MarkdownFormat}); everything FreeMarker needs besides is here.
 */
abstract class EscapingFormat extends CommonMarkupOutputFormat<EscapingFormat.Escaped> {

  private final String name;
  private final String mimeType;
  private final UnaryOperator<String> escaper;

  EscapingFormat(String name, String mimeType, UnaryOperator<String> escaper) {
    this.name = name;
    this.mimeType = mimeType;
    this.escaper = escaper;
  }

  @Override
  public final String getName() {
    return name;
  }

  @Override
  public final String getMimeType() {
    return mimeType;
  }

  @Override
  public final void output(String textToEsc, Writer out) throws IOException {
    out.write(escaper.apply(textToEsc));
  }

  @Override
  public final String escapePlainText(String plainTextContent) {
    return escaper.apply(plainTextContent);
  }

  @Override
  public final boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected final Escaped newTemplateMarkupOutputModel(
      String plainTextContent, String markupContent) {
    return new Escaped(plainTextContent, markupContent, this);
  }

  /** Text already in the form of its format's file. */
  static final class Escaped extends CommonTemplateMarkupOutputModel<Escaped> {

    private final EscapingFormat format;

    Escaped(String plainTextContent, String markupContent, EscapingFormat format) {
      super(plainTextContent, markupContent);
      this.format = format;
    }

    @Override
    public EscapingFormat getOutputFormat() {
      return format;
    }
  }
}
