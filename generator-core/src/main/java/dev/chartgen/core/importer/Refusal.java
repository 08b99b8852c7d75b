package dev.chartgen.core.importer;

/** Why a service cannot be imported, where, and the exact fix. */
final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String fix;

  Refusal(int line, String message, String fix) {
    super(message);
    this.line = line;
    this.fix = fix;
  }

  int line() {
    return line;
  }

  String fix() {
    return fix;
  }
}
