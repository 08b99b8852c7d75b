package dev.chartgen.core.problem;

/** The verification machinery itself (embedded Helm, model parsing) could not run. */
public final class VerificationException extends ChartgenException {

  private static final long serialVersionUID = 1L;

  public VerificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
