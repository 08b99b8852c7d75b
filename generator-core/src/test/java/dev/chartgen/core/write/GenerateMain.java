package dev.chartgen.core.write;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import java.nio.file.Path;

/**
 * chartgen's generate, unchanged, in a JVM of its own for {@link KillTest}: {@code GenerateMain
 * <platform> <descriptors> <output>}.
 */
public final class GenerateMain {

  private GenerateMain() {}

  /** Generates; see the class comment for the arguments. */
  public static void main(String[] args) {
    Chartgen.create().generate(Request.of(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])));
    System.out.println("DONE");
  }
}
