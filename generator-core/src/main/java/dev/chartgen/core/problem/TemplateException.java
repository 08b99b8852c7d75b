package dev.chartgen.core.problem;

/** A template failed to render: a fault in a built-in or user-supplied template. */
public final class TemplateException extends ChartgenException {

  private static final long serialVersionUID = 1L;

  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
