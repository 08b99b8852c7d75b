package dev.chartgen.core.load;

import dev.chartgen.core.check.ModuleChecks;
import dev.chartgen.core.check.PlatformChecks;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.problem.OutputException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.schema.SchemaValidator;
import dev.chartgen.core.yaml.YamlDocument;
import dev.chartgen.core.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Loads the platform file and every module descriptor: parse, validate against the schema, bind,
 * check. Reports every problem of every file at once.
 */
public final class DescriptorLoader {

  /** The descriptor format this version reads. */
  public static final String API_VERSION = "chartgen/v1";

  private static final String MODULE_SCHEMA = SchemaCatalog.ID_PREFIX + "module.schema.json";
  private static final String PLATFORM_SCHEMA = SchemaCatalog.ID_PREFIX + "platform.schema.json";
  private static final String ENVIRONMENT_SCHEMA =
      SchemaCatalog.ID_PREFIX + "environment.schema.json";

  /** The folder of environment files, beside the platform file. */
  public static final String ENVIRONMENTS_FOLDER = "environments";

  /** Any name ending in .yaml or .yml, in any case: each is read or reported. */
  private static final java.util.regex.Pattern LOOKS_LIKE_YAML =
      java.util.regex.Pattern.compile("(?i).*\\.ya?ml");

  private final SchemaValidator validator;
  private final Path displayRoot;
  private final boolean parallel;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> refusedText = new HashSet<>();

  /**
   * @param displayRoot file names in messages are relative to it (e.g. the build's root folder)
   */
  public DescriptorLoader(SchemaCatalog catalog, Path displayRoot) {
    this(catalog, displayRoot, false);
  }

  /**
   * @param displayRoot file names in messages are relative to it (e.g. the build's root folder)
   * @param parallel whether the descriptor files are parsed, validated, bound and checked on every
   *     core; each file's problems are collected in file order, so the problems and their order do
   *     not depend on the threads
   */
  public DescriptorLoader(SchemaCatalog catalog, Path displayRoot, boolean parallel) {
    this.validator = new SchemaValidator(catalog);
    this.displayRoot = displayRoot.toAbsolutePath().normalize();
    this.parallel = parallel;
  }

  /**
   * Loads everything.
   *
   * @throws DescriptorException with every problem found, when there is any
   */
  public Descriptors load(Path platformFile, Path descriptorDirectory) {
    Loaded loaded = read(platformFile, descriptorDirectory);
    if (!loaded.problems().isEmpty()) {
      throw new DescriptorException(loaded.problems());
    }
    return loaded.descriptors().orElseThrow();
  }

  /**
   * Everything that could be read, and every problem found: later stages check environments against
   * the plan and report their problems together with these.
   *
   * @param moduleNames every module named by a descriptor, even an invalid one
   */
  public record Loaded(
      Optional<Descriptors> descriptors, Set<String> moduleNames, List<Problem> problems) {
    public Loaded {
      moduleNames = Set.copyOf(moduleNames);
      problems = List.copyOf(problems);
    }
  }

  /** Reads everything; never throws for bad input. */
  public Loaded read(Path platformFile, Path descriptorDirectory) {
    return read(platformFile, descriptorDirectory, null);
  }

  /**
   * Reads everything, refusing an output folder inside the descriptor folder (its generated files
   * would be read as descriptors by the next run); never throws for bad input.
   *
   * @param outputDirectory where the charts go, or null when nothing is written
   */
  public Loaded read(Path platformFile, Path descriptorDirectory, Path outputDirectory) {
    problems.clear();
    refusedText.clear();
    Optional<Platform> platform =
        parse(platformFile, "Platform")
            .filter(this::valid)
            .flatMap(doc -> bind(doc, DescriptorBinder::platform));
    Map<String, YamlDocument> documents = new LinkedHashMap<>();
    List<Module> modules = new ArrayList<>();
    List<Invalid> invalid = new ArrayList<>();
    Set<String> named = new HashSet<>();
    // first every file is parsed, so that the files a descriptor lists as a ConfigMap's data
    // (spec.configMaps[].files) are known: those are data, never descriptors, even *.yaml ones
    List<Path> files = descriptorFiles(descriptorDirectory, outputDirectory);
    Map<Path, Optional<YamlDocument>> parsedFiles = new LinkedHashMap<>();
    Map<Path, List<Problem>> parseProblems = new LinkedHashMap<>();
    Set<Path> listedData = new HashSet<>();
    List<Parsed> parsed = each(files, file -> parseAlone(file, "Module"));
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      parseProblems.put(file, parsed.get(i).problems());
      parsedFiles.put(file, parsed.get(i).document());
      refusedText.addAll(parsed.get(i).refused());
      parsed
          .get(i)
          .document()
          .ifPresent(doc -> listedData.addAll(ConfigMapFiles.listed(doc, file)));
    }
    List<Path> descriptors =
        files.stream().filter(f -> !listedData.contains(f.toAbsolutePath().normalize())).toList();
    List<Read> reads = each(descriptors, file -> readModule(file, parsedFiles.get(file)));
    for (int i = 0; i < descriptors.size(); i++) {
      Path file = descriptors.get(i);
      problems.addAll(parseProblems.get(file));
      Optional<YamlDocument> doc = parsedFiles.get(file);
      // a module whose descriptor is invalid still exists: references to it are not errors too
      doc.map(d -> d.at("/metadata/name"))
          .filter(JsonNode::isString)
          .ifPresent(name -> named.add(name.asString()));
      Read read = reads.get(i);
      problems.addAll(read.problems());
      read.module()
          .ifPresent(
              module -> {
                documents.put(doc.get().source(), doc.get());
                modules.add(module);
              });
      read.invalid().ifPresent(invalid::add);
    }
    if (platform.isPresent()) {
      Set<String> known = new HashSet<>(platform.get().spec().services().keySet());
      known.addAll(named);
      Platform checked = platform.get();
      each(
              modules,
              module -> ModuleChecks.check(module, documents.get(module.source()), checked, known))
          .forEach(problems::addAll);
      for (Invalid module : invalid) {
        problems.addAll(module.semanticProblems(platform.get(), known));
      }
      problems.addAll(PlatformChecks.check(platform.get(), modules, documents, named));
    }
    List<Environment> environments = new ArrayList<>();
    for (Path file : environmentFiles(platformFile)) {
      parse(file, "Environment")
          .filter(this::valid)
          .ifPresent(
              doc ->
                  bind(doc, DescriptorBinder::environment)
                      .ifPresent(
                          environment -> {
                            documents.put(doc.source(), doc);
                            environments.add(environment);
                          }));
    }
    // a field holding a refused character is reported once, for that character
    problems.removeIf(
        p ->
            refusedText.contains(p.location().source() + p.pointer())
                && !p.message().startsWith("character U+"));
    modules.sort(Comparator.comparing(Module::name));
    return new Loaded(
        platform.map(p -> new Descriptors(p, modules, documents, environments)),
        named,
        List.copyOf(problems));
  }

  /**
   * {@code function} of every item, in the items' order: on every core when the loader is parallel.
   * The function must only read the loader's state (it returns what it finds).
   */
  private <T, R> List<R> each(List<T> items, java.util.function.Function<T, R> function) {
    return (parallel ? items.parallelStream() : items.stream()).map(function).toList();
  }

  /** What parsing one file gave: its document, its problems and its refused texts. */
  private record Parsed(
      Optional<YamlDocument> document, List<Problem> problems, Set<String> refused) {}

  private Parsed parseAlone(Path file, String kind) {
    List<Problem> found = new ArrayList<>();
    Set<String> refused = new HashSet<>();
    Optional<YamlDocument> document = parse(file, kind, found, refused);
    return new Parsed(document, found, refused);
  }

  /**
   * What reading one parsed descriptor gave: its problems (schema, binding, its ConfigMaps' files)
   * and the module, or the module as far as an invalid descriptor can be read.
   */
  private record Read(List<Problem> problems, Optional<Module> module, Optional<Invalid> invalid) {}

  private Read readModule(Path file, Optional<YamlDocument> parsed) {
    if (parsed.isEmpty()) {
      return new Read(List.of(), Optional.empty(), Optional.empty());
    }
    YamlDocument doc = parsed.get();
    List<Problem> found = new ArrayList<>(schemaProblemsOf(doc));
    if (!found.isEmpty()) {
      List<Problem> shape = List.copyOf(found);
      return new Read(
          found,
          Optional.empty(),
          DescriptorBinder.lenientModule(doc.source(), doc.root())
              .map(module -> new Invalid(module, doc, shape)));
    }
    Optional<Module> module =
        bind(doc, DescriptorBinder::module, found)
            .map(
                bound -> {
                  ConfigMapFiles.Read read =
                      ConfigMapFiles.read(bound, doc, file, shownFolder(file));
                  found.addAll(read.problems());
                  return read.module();
                });
    return new Read(found, module, Optional.empty());
  }

  /** environments/*.yaml beside the platform file, sorted; none when the folder is absent. */
  private List<Path> environmentFiles(Path platformFile) {
    Path parent = platformFile.toAbsolutePath().normalize().getParent();
    Path folder = parent == null ? null : parent.resolve(ENVIRONMENTS_FOLDER);
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted(Comparator.comparing(f -> f.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new OutputException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private List<Path> descriptorFiles(Path directory, Path outputDirectory) {
    if (!Files.isDirectory(directory)) {
      problems.add(
          Problem.at(Location.of(display(directory)), "", "the descriptor folder does not exist"));
      return List.of();
    }
    if (outputDirectory != null && inside(outputDirectory, directory)) {
      problems.add(
          new Problem(
              Location.of(display(outputDirectory)),
              "",
              "the output folder is inside the descriptor folder "
                  + display(directory)
                  + ", so the next run would read the generated files as descriptors",
              "choose an output folder outside the descriptor folder"));
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory)) {
      // every entry that looks like a descriptor is read or reported, never skipped
      files
          .filter(f -> !f.equals(directory))
          .filter(f -> LOOKS_LIKE_YAML.matcher(f.getFileName().toString()).matches())
          .sorted(Comparator.comparing(f -> directory.relativize(f).toString().replace('\\', '/')))
          .forEach(f -> descriptorFile(f).ifPresent(found::add));
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(
          Problem.at(
              Location.of(display(directory)),
              "",
              "the descriptor folder cannot be listed completely: " + e.getMessage()));
      return found;
    }
    if (found.isEmpty() && problems.isEmpty()) {
      problems.add(
          Problem.at(
              Location.of(display(directory)),
              "",
              "no module descriptors (*.yaml) in the descriptor folder"));
    }
    return found;
  }

  /** A file named like a descriptor: itself when it can be read as one, else a problem. */
  private Optional<Path> descriptorFile(Path file) {
    String name = file.getFileName().toString();
    String problem = null;
    String hint = "";
    if (Files.isSymbolicLink(file) && !Files.exists(file)) {
      problem =
          "a symbolic link to " + target(file) + ", which leads to no file (missing, or a loop)";
      hint = "point it at a descriptor or remove it";
    } else if (Files.isDirectory(file)) {
      problem = "a folder named like a descriptor file";
      hint = "rename the folder: every *.yaml in the descriptor folder is read as a descriptor";
    } else if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      problem = "descriptor file names end in .yaml or .yml, in lower case";
      hint = "rename it to " + name.substring(0, name.lastIndexOf('.')) + ".yaml";
    } else if (!Files.isRegularFile(file)) {
      problem = "not a regular file";
    }
    if (problem == null) {
      return Optional.of(file);
    }
    problems.add(new Problem(Location.of(display(file)), "", problem, hint));
    return Optional.empty();
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString().replace('\\', '/');
    } catch (IOException e) {
      return "a path that cannot be read";
    }
  }

  private static boolean inside(Path candidate, Path folder) {
    Path child = candidate.toAbsolutePath().normalize();
    Path parent = folder.toAbsolutePath().normalize();
    return child.startsWith(parent);
  }

  private Optional<YamlDocument> parse(Path file, String kind) {
    return parse(file, kind, problems, refusedText);
  }

  /** Parses one file; its problems go to {@code problems}, its refused texts to {@code refused}. */
  private Optional<YamlDocument> parse(
      Path file, String kind, List<Problem> problems, Set<String> refused) {
    String source = display(file);
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      problems.add(Problem.at(Location.of(source), "", "the file is not UTF-8 text"));
      return Optional.empty();
    } catch (java.nio.file.NoSuchFileException e) {
      problems.add(
          Problem.at(
              Location.of(source),
              "",
              "the " + kind.toLowerCase(java.util.Locale.ROOT) + " file does not exist"));
      return Optional.empty();
    } catch (java.nio.file.AccessDeniedException e) {
      problems.add(
          new Problem(
              Location.of(source),
              "",
              "the file cannot be read: permission denied",
              "make it readable by the build"));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Problem.at(Location.of(source), "", "the file cannot be read: " + e));
      return Optional.empty();
    }
    try {
      YamlDocument document = YamlParser.parse(source, content);
      problems.addAll(document.textProblems());
      document.textProblems().forEach(p -> refused.add(p.location().source() + p.pointer()));
      return header(document, kind, problems) ? Optional.of(document) : Optional.empty();
    } catch (DescriptorException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  /** apiVersion and kind first: they decide which schema applies. */
  private static boolean header(YamlDocument document, String kind, List<Problem> problems) {
    JsonNode root = document.root();
    if (!root.isObject()) {
      problems.add(
          Problem.at(document.locate(""), "", "a descriptor is a YAML mapping (key: value)"));
      return false;
    }
    JsonNode apiVersion = root.get("apiVersion");
    if (apiVersion == null || !API_VERSION.equals(text(apiVersion))) {
      problems.add(
          new Problem(
              document.locate("/apiVersion"),
              "/apiVersion",
              apiVersion == null
                  ? "required property 'apiVersion' is missing"
                  : "unsupported apiVersion '" + text(apiVersion) + "'",
              "this chartgen reads apiVersion: " + API_VERSION));
      return false;
    }
    JsonNode actual = root.get("kind");
    if (actual == null || !kind.equals(text(actual))) {
      problems.add(
          new Problem(
              document.locate("/kind"),
              "/kind",
              actual == null
                  ? "required property 'kind' is missing"
                  : "expected kind '" + kind + "', found '" + text(actual) + "'",
              switch (kind) {
                case "Module" -> "the descriptor folder holds one Module per file";
                case "Environment" -> "the environments folder holds one Environment per file";
                default -> "the platform file holds kind: Platform";
              }));
      return false;
    }
    return true;
  }

  /** Binds a schema-valid document; a value the model cannot hold is a problem at its line. */
  private <T> Optional<T> bind(YamlDocument document, BiFunction<String, JsonNode, T> binder) {
    return bind(document, binder, problems);
  }

  private static <T> Optional<T> bind(
      YamlDocument document, BiFunction<String, JsonNode, T> binder, List<Problem> problems) {
    try {
      return Optional.of(binder.apply(document.source(), document.root()));
    } catch (DescriptorBinder.UnreadableValue e) {
      problems.add(
          Problem.at(
              document.locate(e.pointer()), e.pointer(), e.problem(document.at(e.pointer()))));
      return Optional.empty();
    }
  }

  /** A scalar as written; a list or mapping in its JSON form. */
  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asString() : node.toString();
  }

  private boolean valid(YamlDocument document) {
    return schemaProblems(document).isEmpty();
  }

  /** Validates against the schema of the document's kind, and records what it found. */
  private List<Problem> schemaProblems(YamlDocument document) {
    List<Problem> found = schemaProblemsOf(document);
    problems.addAll(found);
    return found;
  }

  /** Validates against the schema of the document's kind. */
  private List<Problem> schemaProblemsOf(YamlDocument document) {
    String schema =
        switch (document.root().get("kind").asString()) {
          case "Platform" -> PLATFORM_SCHEMA;
          case "Environment" -> ENVIRONMENT_SCHEMA;
          default -> MODULE_SCHEMA;
        };
    return validator.validate(document, schema);
  }

  /**
   * A module whose descriptor broke the schema but could still be read (unknown properties ignored,
   * wrong values kept as written). Its semantic checks run too, so that one run reports every
   * mistake of the file; what they say about a field the schema already refused, or below or above
   * it, is left out, and checks that cannot make sense of the invalid values say nothing.
   */
  private record Invalid(Module module, YamlDocument document, List<Problem> schemaProblems) {

    List<Problem> semanticProblems(Platform platform, Set<String> knownModules) {
      List<Problem> found;
      try {
        found = ModuleChecks.check(module, document, platform, knownModules);
      } catch (RuntimeException e) {
        // the checks assume a schema-valid module; the schema problems already fail the build
        return List.of();
      }
      return found.stream()
          .filter(p -> schemaProblems.stream().noneMatch(s -> overlap(p, s)))
          .toList();
    }

    private static boolean overlap(Problem semantic, Problem schema) {
      String a = semantic.pointer();
      String b = schema.pointer();
      return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/") || b.isEmpty();
    }
  }

  /** The folder of {@code file} as messages name it ("" for the display root). */
  private String shownFolder(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null || parent.equals(displayRoot) ? "" : display(parent);
  }

  private String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(displayRoot) ? displayRoot.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
