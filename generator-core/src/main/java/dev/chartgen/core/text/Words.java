package dev.chartgen.core.text;

/** English for counted things, in one place. */
public final class Words {

  private Words() {}

  /**
   * {@code n} and the noun, plural unless {@code n} is 1: "1 chart", "2 charts", "0 problems".
   *
   * @param noun the singular of a noun whose plural adds "s"
   */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
