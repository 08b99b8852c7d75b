package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning and rendering modules on every core writes exactly what one thread writes. */
class ParallelRenderTest {

  @Test
  void parallelRenderingIsByteIdenticalToSequential(@TempDir Path out) {
    Map<String, String> sequential = Chartgen.create().sequential().render(Samples.request(out));
    assertThat(sequential).hasSizeGreaterThan(200);
    for (int run = 0; run < 2; run++) {
      // the exact map: same paths, same order, same bytes
      assertThat(Chartgen.create().render(Samples.request(out)))
          .containsExactlyEntriesOf(sequential);
    }
  }
}
