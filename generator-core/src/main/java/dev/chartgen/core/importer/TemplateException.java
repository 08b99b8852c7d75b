package dev.chartgen.core.importer;

/** A template expression or directive the importer does not understand; carries the line. */
final class TemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;

  TemplateException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** The 1-based line in the values file, or 0 when unknown. */
  int line() {
    return line;
  }
}
