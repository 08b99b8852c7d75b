package dev.chartgen.core.problem;

/** Reading or writing files failed. */
public final class OutputException extends ChartgenException {

  private static final long serialVersionUID = 1L;

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
