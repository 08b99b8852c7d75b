package dev.chartgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class DescriptorBinderTest {

  @Test
  void aNumberBelowTheRangeOfItsFieldNamesTheSmallestAllowed() {
    // Given a too small number for an int field
    DescriptorBinder.UnreadableValue unreadable =
        new DescriptorBinder.UnreadableValue(
            "/spec/x",
            "Numeric value (-3000000000) out of range of `int` (-2147483648 - 2147483647)",
            int.class,
            null);

    // Then
    assertThat(unreadable.problem(JsonNodeFactory.instance.numberNode(-3000000000L)))
        .isEqualTo("-3000000000 is too small: at least -2147483648");
  }

  @Test
  void anyOtherMismatchKeepsTheFirstLineOfTheReason() {
    DescriptorBinder.UnreadableValue unreadable =
        new DescriptorBinder.UnreadableValue(
            "/spec/x", "Cannot coerce\nat [Source: ...]", String.class, null);

    assertThat(unreadable.problem(JsonNodeFactory.instance.stringNode("v")))
        .isEqualTo("cannot be read: Cannot coerce");
  }
}
