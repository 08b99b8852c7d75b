package dev.chartgen.core.lint;

import dev.chartgen.core.incremental.Digest;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Rule;
import dev.chartgen.core.verify.RenderedObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each module chart's lint result kept between runs, in {@code <folder>/<module>.lint}: the
 * findings with its defaults and with every environment's values (before waivers, which are applied
 * after the cache, so that a waiver edit needs no re-lint), how many objects each rendered, the
 * Kubernetes versions the chart admits, and the rendered objects the platform-wide rule reads
 * ({@link dev.chartgen.core.policy.NetworkGraphRule#reads}), so that a lint whose every chart comes
 * from the cache still checks the platform's NetworkPolicies against its graph. Each delivery chart
 * has its own entry too ({@code _platform.lint}, {@code _umbrella-<name>.lint}: {@link Delivery}),
 * and each environment's Kubernetes window ({@code _window-<digest>.lint}).
 *
 * <p>An entry is used only when its key (a digest of everything that decides the result: see {@link
 * Linter}) is the one asked for, and when its content matches the SHA-256 written with it: an entry
 * that is truncated, corrupt, from another format or another key is ignored, and the chart is
 * linted again. An entry whose objects would not read back exactly as rendered (e.g. a YAML value
 * JSON cannot hold) is not written.
 */
final class LintCache {

  /** What a module's lint found, before waivers and before the platform-wide rule. */
  record Entry(
      List<String> versions,
      int objects,
      List<RenderedObject> network,
      List<Finding> findings,
      List<Environment> environments) {

    Entry {
      versions = List.copyOf(versions);
      network = List.copyOf(network);
      findings = List.copyOf(findings);
      environments = List.copyOf(environments);
    }
  }

  /** What one environment's lint of the chart found (findings tagged with the environment). */
  record Environment(String name, int objects, List<Finding> findings) {
    Environment {
      findings = List.copyOf(findings);
    }
  }

  static final String EXTENSION = ".lint";
  private static final String FORMAT = "chartgen lint cache 1";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path folder;
  private final Map<String, Rule> rules;

  /**
   * @param folder where entries are kept
   * @param rules every rule, by id, to read findings back
   */
  LintCache(Path folder, Map<String, Rule> rules) {
    this.folder = folder;
    this.rules = rules;
  }

  /** The entry of {@code module} stored under {@code key}, when there is a sound one. */
  Optional<Entry> read(String module, String key) {
    return sound(() -> root(module, key).map(this::entry));
  }

  /** Stores {@code entry} for {@code module} under {@code key}, replacing the file whole. */
  void write(String module, String key, Entry entry) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("versions", entry.versions());
    root.put("objects", entry.objects());
    root.put("network", entry.network().stream().map(LintCache::object).toList());
    root.put("findings", entry.findings().stream().map(LintCache::finding).toList());
    List<Object> environments = new ArrayList<>();
    for (Environment environment : entry.environments()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", environment.name());
      e.put("objects", environment.objects());
      e.put("findings", environment.findings().stream().map(LintCache::finding).toList());
      environments.add(e);
    }
    root.put("environments", environments);
    store(module, key, root, r -> entry(r).equals(entry));
  }

  /**
   * What linting one delivery chart (the platform chart, or one umbrella chart) found (they are not
   * waived): findings and its results with how many objects each rendered.
   */
  record Delivery(List<Finding> findings, List<LintReport.ChartResult> charts) {
    Delivery {
      findings = List.copyOf(findings);
      charts = List.copyOf(charts);
    }
  }

  /**
   * The entry of delivery chart {@code name} (a name starting with {@code _}, never a module's: see
   * {@link DeliveryLint.Target#entry}) stored under {@code key}, when there is a sound one.
   */
  Optional<Delivery> readDelivery(String name, String key) {
    return sound(() -> root(name, key).map(this::delivery));
  }

  void writeDelivery(String name, String key, Delivery delivery) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("findings", delivery.findings().stream().map(LintCache::finding).toList());
    List<Object> charts = new ArrayList<>();
    for (LintReport.ChartResult chart : delivery.charts()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("chart", chart.chart());
      c.put("objects", chart.objects());
      c.put("environment", chart.environment());
      charts.add(c);
    }
    root.put("charts", charts);
    store(name, key, root, r -> delivery(r).equals(zeroed(delivery)));
  }

  /**
   * The Kubernetes versions of a window an environment's constraint admits, as Helm judged them
   * (stored under a key naming the constraint, the versions and chartgen).
   */
  Optional<List<String>> readWindow(String key) {
    return sound(() -> root(window(key), key).map(r -> strings((List<?>) r.get("versions"))));
  }

  void writeWindow(String key, List<String> versions) {
    store(window(key), key, Map.of("versions", versions), r -> true);
  }

  /** What {@code read} returns, or nothing when the entry is malformed (never trusted). */
  private static <T> Optional<T> sound(java.util.function.Supplier<Optional<T>> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static final String WINDOW = "_window-";

  private static String window(String key) {
    return WINDOW + key.substring(0, 16);
  }

  private Delivery delivery(Map<?, ?> root) {
    List<LintReport.ChartResult> charts = new ArrayList<>();
    for (Object c : (List<?>) root.get("charts")) {
      Map<?, ?> map = (Map<?, ?>) c;
      charts.add(
          new LintReport.ChartResult(
              (String) map.get("chart"),
              (Integer) map.get("objects"),
              java.time.Duration.ZERO,
              (String) map.get("environment")));
    }
    return new Delivery(findings((List<?>) root.get("findings")), charts);
  }

  private static Delivery zeroed(Delivery delivery) {
    return new Delivery(
        delivery.findings(),
        delivery.charts().stream()
            .map(
                c ->
                    new LintReport.ChartResult(
                        c.chart(), c.objects(), java.time.Duration.ZERO, c.environment()))
            .toList());
  }

  /** The content of entry {@code name} when it is sound and stored under {@code key}. */
  private Optional<Map<?, ?>> root(String name, String key) {
    Path file = folder.resolve(name + EXTENSION);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int first = text.indexOf('\n');
      int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
      if (second < 0 || !text.substring(0, first).equals(FORMAT)) {
        return Optional.empty();
      }
      String body = text.substring(second + 1);
      if (!text.substring(first + 1, second).equals(Digest.start().add(body).hex())) {
        return Optional.empty(); // truncated or corrupt
      }
      Map<?, ?> root = JSON.readValue(body, Map.class);
      if (!key.equals(root.get("key")) || !name.equals(root.get("name"))) {
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // never trusted: linted again
    }
  }

  /**
   * Writes entry {@code name} with {@code content} under {@code key}, replacing the file whole,
   * when {@code readsBack} accepts what would be read back.
   */
  private void store(
      String name,
      String key,
      Map<String, Object> content,
      java.util.function.Predicate<Map<?, ?>> readsBack) {
    try {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("name", name);
      root.put("key", key);
      root.putAll(content);
      String body = JSON.writeValueAsString(root);
      if (!readsBack.test(JSON.readValue(body, Map.class))) {
        return; // would not read back as it is: linted on every run
      }
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, name, ".tmp");
      Files.writeString(
          temporary,
          FORMAT + "\n" + Digest.start().add(body).hex() + "\n" + body,
          StandardCharsets.UTF_8);
      Files.move(
          temporary,
          folder.resolve(name + EXTENSION),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // a result that cannot be kept is linted again next time; the lint itself stands
    }
  }

  /**
   * Removes every entry but those named in {@code names} (the modules' and the delivery charts'
   * entries of this lint) and the Kubernetes windows' (small, keyed by a constraint: kept), and
   * stray temporary files: the entries of removed modules and delivery charts, and of an older
   * layout.
   */
  void keepOnly(Set<String> names) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        boolean entry = name.endsWith(EXTENSION);
        String entryName = entry ? name.substring(0, name.length() - EXTENSION.length()) : name;
        if (!entry || !(names.contains(entryName) || entryName.startsWith(WINDOW))) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      // stale entries are never read (nothing asks for their names): harmless
    }
  }

  private Entry entry(Map<?, ?> root) {
    List<Environment> environments = new ArrayList<>();
    for (Object e : (List<?>) root.get("environments")) {
      Map<?, ?> map = (Map<?, ?>) e;
      environments.add(
          new Environment(
              (String) map.get("name"),
              (Integer) map.get("objects"),
              findings((List<?>) map.get("findings"))));
    }
    List<RenderedObject> network = new ArrayList<>();
    for (Object o : (List<?>) root.get("network")) {
      Map<?, ?> map = (Map<?, ?>) o;
      @SuppressWarnings("unchecked")
      Map<String, Object> content = (Map<String, Object>) map.get("content");
      network.add(new RenderedObject((String) map.get("source"), content));
    }
    return new Entry(
        strings((List<?>) root.get("versions")),
        (Integer) root.get("objects"),
        network,
        findings((List<?>) root.get("findings")),
        environments);
  }

  private static List<String> strings(List<?> list) {
    List<String> strings = new ArrayList<>();
    for (Object v : list) {
      strings.add((String) v);
    }
    return strings;
  }

  private List<Finding> findings(List<?> list) {
    List<Finding> findings = new ArrayList<>();
    for (Object f : list) {
      Map<?, ?> map = (Map<?, ?>) f;
      Rule rule = rules.get((String) map.get("rule"));
      if (rule == null) {
        throw new IllegalArgumentException("unknown rule " + map.get("rule"));
      }
      findings.add(
          new Finding(
              rule,
              (String) map.get("chart"),
              (String) map.get("object"),
              (String) map.get("path"),
              (String) map.get("message"),
              (String) map.get("source"),
              (String) map.get("environment")));
    }
    return findings;
  }

  private static Map<String, Object> finding(Finding finding) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("rule", finding.ruleId());
    map.put("chart", finding.chart());
    map.put("object", finding.object());
    map.put("path", finding.path());
    map.put("message", finding.message());
    map.put("source", finding.source());
    map.put("environment", finding.environment());
    return map;
  }

  private static Map<String, Object> object(RenderedObject object) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("source", object.source());
    map.put("content", object.content());
    return map;
  }
}
