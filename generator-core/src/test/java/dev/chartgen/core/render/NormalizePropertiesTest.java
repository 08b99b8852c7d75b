package dev.chartgen.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * The one-pass {@code ChartRenderer.normalize} against the regular expression it replaced (kept
 * here as the reference): every rendered template file goes through it, byte for byte the same.
 */
class NormalizePropertiesTest {

  private static String reference(String content) {
    return content.replaceAll("[ \t]+\n", "\n").strip() + "\n";
  }

  @Property(tries = 3000)
  void normalizesAsTheRegularExpressionDid(
      @ForAll
          @StringLength(max = 40)
          @Chars({' ', '\t', '\n', '\r', 'a', '\u2003', '\u00a0'})
          @CharRange(from = 'x', to = 'z')
          String content) {
    assertThat(ChartRenderer.normalize(content)).isEqualTo(reference(content));
  }

  @Example
  void dropsTrailingBlanksOfEveryLineAndEndsWithOneNewline() {
    String content = "  a: 1 \t\n\tb: 2\t \n \n  c  d \n\n\n";
    assertThat(ChartRenderer.normalize(content))
        .isEqualTo("a: 1\n\tb: 2\n\n  c  d\n")
        .isEqualTo(reference(content));
    assertThat(ChartRenderer.normalize("")).isEqualTo("\n").isEqualTo(reference(""));
    assertThat(ChartRenderer.normalize("x \t")).isEqualTo("x\n").isEqualTo(reference("x \t"));
  }
}
