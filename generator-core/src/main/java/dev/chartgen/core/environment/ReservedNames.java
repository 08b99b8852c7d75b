package dev.chartgen.core.environment;

import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names a module cannot take, because chartgen writes something else under them beside the module
 * charts: the folders of the environments' values files, the umbrella charts and the Argo CD
 * applications, and the charts that deliver the platform (the platform chart, the umbrella charts),
 * whose names share the chart namespace of a Helm repository and of {@code chartgen.lock} with the
 * module charts.
 */
public final class ReservedNames {

  /** The folder of the umbrella charts. */
  public static final String UMBRELLA_FOLDER = "umbrella";

  /** The folder of the Argo CD applications. */
  public static final String ARGOCD_FOLDER = "argocd";

  private ReservedNames() {}

  /** The platform chart's name: the platform's name and "-platform". */
  public static String platformChart(Platform platform) {
    return platform.name() + "-platform";
  }

  /** The umbrella chart of one group. */
  public static String groupUmbrella(Platform platform, String group) {
    return platform.name() + "-" + group;
  }

  /** The umbrella chart of the whole platform: the platform's name. */
  public static String platformUmbrella(Platform platform) {
    return platform.name();
  }

  /** Every reserved name, with why it is reserved. */
  static Map<String, String> reserved(Descriptors descriptors) {
    Platform platform = descriptors.platform();
    Map<String, String> reserved = new TreeMap<>();
    reserved.put(EnvironmentValues.FOLDER, "the folder of the environments' values files");
    reserved.put(UMBRELLA_FOLDER, "the folder of the umbrella charts");
    reserved.put(ARGOCD_FOLDER, "the folder of the Argo CD applications");
    reserved.put(platformChart(platform), "the name of the platform chart");
    reserved.put(platformUmbrella(platform), "the name of the whole platform's umbrella chart");
    for (Module module : descriptors.modules()) {
      String group = module.metadata().group();
      reserved.put(
          groupUmbrella(platform, group), "the name of the umbrella chart of group " + group);
    }
    return reserved;
  }

  /** A located problem for each module whose name is reserved. */
  static List<Problem> check(Descriptors descriptors) {
    Map<String, String> reserved = reserved(descriptors);
    List<Problem> problems = new ArrayList<>();
    for (Module module : descriptors.modules()) {
      String why = reserved.get(module.name());
      if (why != null) {
        problems.add(
            new Problem(
                descriptors.documents().get(module.source()).locate("/metadata/name"),
                "/metadata/name",
                "module name '" + module.name() + "' is reserved: it is " + why,
                "rename the module: its chart is written to charts-out/<name>/, beside them"));
      }
    }
    return problems;
  }
}
