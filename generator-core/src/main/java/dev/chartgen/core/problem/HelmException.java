package dev.chartgen.core.problem;

/**
 * Embedded Helm refused a chart. Each kind of refusal is its own type, decided once where Helm is
 * called, so callers tell them apart by type, never by message text; each carries a hint.
 */
public abstract sealed class HelmException extends ChartgenException
    permits HelmException.KubeVersionExcluded, HelmException.RenderFailed {

  private static final long serialVersionUID = 1L;

  private final String hint;

  private HelmException(String message, String hint, Throwable cause) {
    super(message, cause);
    this.hint = hint;
  }

  /** What to do about it, in plain words. */
  public String hint() {
    return hint;
  }

  /** Helm's own words, first line only (Helm's messages continue with details). */
  public String firstLine() {
    String message = getMessage() == null ? "" : getMessage().strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * The chart's {@code kubeVersion} constraint excludes the Kubernetes version it was rendered for:
   * not a fault of the chart, a version it does not support.
   */
  public static final class KubeVersionExcluded extends HelmException {

    private static final long serialVersionUID = 1L;

    public KubeVersionExcluded(String message, Throwable cause) {
      super(message, "the chart's kubeVersion constraint excludes this Kubernetes version", cause);
    }
  }

  /**
   * {@code helm template} failed: a value breaks values.schema.json, or a template fails (e.g. a
   * {@code fail} or {@code required} call).
   */
  public static final class RenderFailed extends HelmException {

    private static final long serialVersionUID = 1L;

    public RenderFailed(String message, Throwable cause) {
      super(
          message,
          "check the values against values.schema.json and the chart's templates against"
              + " Helm's message",
          cause);
    }
  }
}
