package dev.chartgen.core.problem;

/**
 * Everything chartgen throws. Callers tell bad input ({@link DescriptorException}) from faults of
 * the tool or the machine ({@link TemplateException}, {@link OutputException}, {@link
 * VerificationException}); {@link HelmException} says that embedded Helm refused a chart.
 */
public abstract sealed class ChartgenException extends RuntimeException
    permits DescriptorException,
        TemplateException,
        OutputException,
        VerificationException,
        HelmException {

  private static final long serialVersionUID = 1L;

  protected ChartgenException(String message, Throwable cause) {
    super(message, cause);
  }
}
