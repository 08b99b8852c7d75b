package dev.chartgen.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written key check of {@link YamlWriter} against the regular expressions it replaced
 * (kept here as the reference): a key is written plain exactly when they said so.
 */
class YamlKeyPropertiesTest {

  private static final Pattern PLAIN_KEY = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_./-]*$");

  /** The key as the writer wrote it before: the reference. */
  private static String referenceKey(String key) {
    boolean reserved =
        switch (key.toLowerCase(java.util.Locale.ROOT)) {
          case "true", "false", "null", "yes", "no", "on", "off", "~", "y", "n" -> true;
          default -> key.matches("[0-9.+-].*");
        };
    return PLAIN_KEY.matcher(key).matches() && !reserved ? key : YamlWriter.quote(key);
  }

  private static String writtenKey(String key) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, 1);
    String line = YamlWriter.document(map);
    return line.substring(0, line.length() - ": 1\n".length());
  }

  @Property(tries = 3000)
  void writesAKeyPlainExactlyWhenTheRegularExpressionsDid(@ForAll("keys") String key) {
    assertThat(writtenKey(key)).isEqualTo(referenceKey(key));
  }

  @Example
  void quotesKeysYamlWouldReadAsSomethingElse() {
    for (String key :
        new String[] {"", "yes", "No", "ON", "y", "~", "1abc", "-x", ".x", "+x", "a b", "a:b"}) {
      assertThat(writtenKey(key)).isEqualTo(YamlWriter.quote(key)).isEqualTo(referenceKey(key));
    }
    for (String key : new String[] {"a", "_x", "app.kubernetes.io/name", "a-b", "yess", "Nope"}) {
      assertThat(writtenKey(key)).isEqualTo(key).isEqualTo(referenceKey(key));
    }
  }

  @Provide
  Arbitrary<String> keys() {
    // mostly the characters that decide (letters, digits, '_', '.', '/', '-', '+', '~', ' ',
    // ':', a line break, a non-ASCII letter), short, and the reserved words in any case
    Arbitrary<String> mixed =
        Arbitraries.strings()
            .withChars("aZyYnNoO019_./-+~ :\n\u00e9\u0130")
            .ofMinLength(0)
            .ofMaxLength(6);
    Arbitrary<String> words =
        Arbitraries.of("true", "False", "NULL", "yes", "No", "on", "OFF", "y", "N", "~", "yes1")
            .map(w -> w);
    return Arbitraries.oneOf(mixed, words, Arbitraries.strings().ofMaxLength(8));
  }
}
