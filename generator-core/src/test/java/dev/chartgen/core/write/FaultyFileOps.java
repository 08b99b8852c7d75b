package dev.chartgen.core.write;

import java.io.IOException;

/**
 * Fails at operation number k: once (a transient fault: later operations work, so the writer's own
 * undo runs), or for good (a crash: nothing after k happens, not even the undo).
 */
final class FaultyFileOps extends CountingFileOps {

  enum Mode {
    ONCE,
    CRASH
  }

  private final int k;
  private final Mode mode;
  private boolean failed;

  FaultyFileOps(int k, Mode mode) {
    this.k = k;
    this.mode = mode;
  }

  boolean failed() {
    return failed;
  }

  @Override
  void before(int n, String operation) throws IOException {
    if (n == k || (mode == Mode.CRASH && n > k)) {
      failed = true;
      throw new IOException("injected fault at operation " + n + " (" + operation + ")");
    }
  }
}
