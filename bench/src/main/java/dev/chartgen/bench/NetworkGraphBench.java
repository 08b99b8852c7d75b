package dev.chartgen.bench;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.lint.Linter;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.plan.NetworkGraph;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.NetworkGraphRule;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform-wide lint rule CG045 ({@code NetworkGraphRule}) alone, on a synthetic platform of
 * any size: what a lint whose every chart comes from the lint cache spends besides validating the
 * descriptors and reading the cache.
 *
 * <p>Arguments: {@code <samples folder> <work folder> <modules> <rounds> <label>}. The first run
 * for a work folder writes a synthetic platform ({@link SyntheticPlatform}), generates its charts,
 * renders every module chart once with embedded Helm as lint does (release named after the module,
 * namespace {@code Linter.NAMESPACE}, Kubernetes 1.35.0), keeps the objects the rule reads ({@code
 * NetworkGraphRule.reads}, as the lint cache does) and stores them in {@code rendered.ser}; later
 * runs (with another build of chartgen-core, for a before/after comparison) read that file, so both
 * builds check the same objects. Each round then times {@code new NetworkGraphRule(graph, platform,
 * charts).check()} on two inputs: the platform as generated (no finding), and the same with every
 * 50th module's NetworkPolicy letting in its whole namespace (a stranger finding for each module of
 * that namespace which never calls it). Prints wall and CPU time of each round, the number of
 * findings and a SHA-256 of them (chart, object, source, message, in order), so the output of two
 * builds can be compared.
 */
public final class NetworkGraphBench {

  private NetworkGraphBench() {}

  /** Runs it; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Path samples = Path.of(args[0]);
    Path work = Path.of(args[1]);
    int size = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    String label = args[4];
    Path platform = work.resolve("platform");
    Path stored = work.resolve("rendered.ser");
    if (!Files.exists(stored)) {
      prepare(samples, platform, size, stored);
    }
    Descriptors descriptors =
        Chartgen.create()
            .validate(
                Request.of(
                        platform.resolve("platform.yaml"),
                        platform.resolve("descriptors"),
                        platform.resolve("charts-out"))
                    .withDisplayRoot(platform));
    Map<String, List<RenderedObject>> charts = read(stored);
    Map<String, List<RenderedObject>> spoiled = spoil(charts);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      for (Map.Entry<String, Map<String, List<RenderedObject>>> input :
          Map.of("generated", charts, "spoiled", spoiled).entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .toList()) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        Map<String, List<Finding>> findings =
            new NetworkGraphRule(
                    new NetworkGraph(descriptors.platform(), descriptors.modules()),
                    descriptors.platform(),
                    input.getValue())
                .check();
        long wallMs = (System.nanoTime() - wall) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf(
            "ROW\t%s\t%d modules\t%s\tround %d\twall %d ms\tCPU %d ms\t%d findings\tsha256 %s%n",
            label,
            size,
            input.getKey(),
            round,
            wallMs,
            cpuMs,
            findings.values().stream().mapToInt(List::size).sum(),
            digest(findings));
      }
    }
  }

  private static void prepare(Path samples, Path platform, int size, Path stored)
      throws IOException {
    SyntheticPlatform.Layout layout = SyntheticPlatform.write(samples, platform, size);
    Request request =
        Request.of(layout.platformFile(), layout.descriptors(), layout.output())
            .withDisplayRoot(platform);
    Chartgen chartgen = Chartgen.create();
    chartgen.generate(request);
    Descriptors descriptors = chartgen.validate(request);
    ReleaseRenderer renderer = new ReleaseRenderer(new HelmRunner());
    LinkedHashMap<String, ArrayList<ArrayList<Object>>> out = new LinkedHashMap<>();
    for (Module module : descriptors.modules()) {
      ArrayList<ArrayList<Object>> objects = new ArrayList<>();
      for (RenderedObject object :
          renderer.render(
              layout.output().resolve(module.name()),
              module.name(),
              Linter.NAMESPACE,
              "1.35.0",
              Map.of(),
              List.of())) {
        if (NetworkGraphRule.reads(object)) {
          objects.add(new ArrayList<>(List.of(object.source(), copy(object.content()))));
        }
      }
      out.put(module.name(), objects);
    }
    try (ObjectOutputStream stream = new ObjectOutputStream(Files.newOutputStream(stored))) {
      stream.writeObject(out);
    }
  }

  /** A deep copy in serializable collections. */
  private static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      ArrayList<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<RenderedObject>> read(Path stored) throws IOException {
    try (ObjectInputStream stream = new ObjectInputStream(Files.newInputStream(stored))) {
      Map<String, List<List<Object>>> in = (Map<String, List<List<Object>>>) stream.readObject();
      Map<String, List<RenderedObject>> charts = new LinkedHashMap<>();
      in.forEach(
          (chart, objects) ->
              charts.put(
                  chart,
                  objects.stream()
                      .map(
                          o ->
                              new RenderedObject(
                                  (String) o.get(0), (Map<String, Object>) copy(o.get(1))))
                      .toList()));
      return charts;
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The charts with every 50th module's NetworkPolicy letting in every pod of its own namespace (an
   * ingress rule with an empty podSelector added).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, List<RenderedObject>> spoil(Map<String, List<RenderedObject>> charts) {
    Map<String, List<RenderedObject>> spoiled = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<String, List<RenderedObject>> chart : charts.entrySet()) {
      boolean spoil = n++ % 50 == 0;
      List<RenderedObject> objects = new ArrayList<>();
      for (RenderedObject object : chart.getValue()) {
        if (spoil && object.kind().equals("NetworkPolicy")) {
          Map<String, Object> content = (Map<String, Object>) copy(object.content());
          Map<String, Object> spec = (Map<String, Object>) content.get("spec");
          List<Object> ingress = new ArrayList<>();
          if (spec.get("ingress") instanceof List<?> rules) {
            ingress.addAll(rules);
          }
          ingress.add(Map.of("from", List.of(Map.of("podSelector", Map.of()))));
          spec.put("ingress", ingress);
          objects.add(new RenderedObject(object.source(), content));
        } else {
          objects.add(object);
        }
      }
      spoiled.put(chart.getKey(), objects);
    }
    return spoiled;
  }

  private static String digest(Map<String, List<Finding>> findings) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      findings.forEach(
          (chart, list) ->
              list.forEach(
                  f ->
                      sha.update(
                          (chart
                                  + "\t"
                                  + f.object()
                                  + "\t"
                                  + f.source()
                                  + "\t"
                                  + f.path()
                                  + "\t"
                                  + f.message()
                                  + "\n")
                              .getBytes(StandardCharsets.UTF_8))));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
