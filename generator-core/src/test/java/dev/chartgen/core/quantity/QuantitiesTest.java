package dev.chartgen.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {

  @ParameterizedTest
  @CsvSource({
    "1, 1",
    "0.5, 0.5",
    "100m, 0.1",
    "1500m, 1.5",
    "1k, 1000",
    "2M, 2000000",
    "1G, 1000000000",
    "1Ki, 1024",
    "512Mi, 536870912",
    "1.5Gi, 1610612736",
    "2Gi, 2147483648",
    "1Ti, 1099511627776",
    "1e3, 1000",
    "500u, 0.0005",
    ".5, 0.5",
    "1E+3, 1000",
    "250n, 0.00000025"
  })
  void quantityIsReadAsANumber(String quantity, BigDecimal expected) {
    assertThat(Quantities.parse(quantity))
        .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
  }

  @Test
  void binaryAndDecimalSuffixesCompareAsKubernetesDoes() {
    // 1Gi is more than 1G; 1000Mi is less than 1Gi
    assertThat(Quantities.parse("1Gi").orElseThrow())
        .isGreaterThan(Quantities.parse("1G").orElseThrow());
    assertThat(Quantities.parse("1000Mi").orElseThrow())
        .isLessThan(Quantities.parse("1Gi").orElseThrow());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"512MB", "1gi", "Mi", "-1", "1 Gi", " 1", "1e", "one"})
  void textThatIsNoQuantityIsEmpty(String quantity) {
    assertThat(Quantities.parse(quantity)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "-Xmx512m, 536870912",
    "-Xmx512M, 536870912",
    "-Xmx1g, 1073741824",
    "-Xmx1G -Xms256m, 1073741824",
    "-Xms256m -Xmx256m, 268435456",
    "-Xmx2048k, 2097152",
    "-Xmx1073741824, 1073741824",
    "-Dspring.profiles.active=x -Xmx256m -XX:+UseG1GC, 268435456",
    // the JVM takes the last -Xmx
    "-Xmx1g -Xmx256m, 268435456"
  })
  void maximumHeapIsReadInBytes(String options, BigDecimal bytes) {
    assertThat(Quantities.maxHeap(options))
        .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(bytes));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-Xms512m", "-XX:MaxRAMPercentage=75", "-Xmx512mb", "-Xmx"})
  void optionsWithoutAMaximumHeapHaveNone(String options) {
    assertThat(Quantities.maxHeap(options)).isEmpty();
  }
}
