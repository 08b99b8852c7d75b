package dev.chartgen.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.0/8",
        "0.0.0.0/0",
        "192.168.1.7/32",
        "fd00::/8",
        "::/0",
        "2001:db8:0:0:0:0:0:1/128",
        "2001:db8::1/64",
        "::1/128",
        "::ffff:10.0.0.0/104",
        "::ffff:192.168.1.7/128",
        "64:ff9b::10.1.2.3/96"
      })
  void kubernetesAcceptsThese(String cidr) {
    assertThat(Cidrs.problem(cidr)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.0/33",
        "256.0.0.0/8",
        "010.0.0.0/8",
        "10.0.0/8",
        "10.0.0.0",
        "10.0.0.0/08",
        "fd00::/129",
        "2001:db8::1::2/64",
        "2001:db8:0:0:0:0:0:0:1/64",
        "2001:db8:0:0:0:0:1/64",
        "gggg::/8",
        "banana/8",
        "::ffff:10.0.0.256/104",
        "::ffff:10.0.0/104",
        "1:2:3:4:5:6:7:10.0.0.1/128"
      })
  void kubernetesRefusesThese(String cidr) {
    assertThat(Cidrs.problem(cidr)).isPresent();
  }
}
