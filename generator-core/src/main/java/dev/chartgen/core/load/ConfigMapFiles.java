package dev.chartgen.core.load;

import dev.chartgen.core.model.ConfigMapSpec;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.text.UserText;
import dev.chartgen.core.yaml.YamlDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The files of the modules' own ConfigMaps ({@code spec.configMaps[].files}): read when chartgen
 * loads the descriptors, as UTF-8 text, each only from inside the folder of the descriptor that
 * lists it. Every problem is located at the descriptor's {@code files} entry.
 */
final class ConfigMapFiles {

  private ConfigMapFiles() {}

  /** The module with the text of its ConfigMaps' files, and the problems found reading them. */
  record Read(Module module, List<Problem> problems) {
    Read {
      problems = List.copyOf(problems);
    }
  }

  /**
   * The files a descriptor document lists, absolute and normalized: they are data, not descriptors,
   * even when named *.yaml.
   */
  static Set<Path> listed(YamlDocument document, Path descriptor) {
    Set<Path> listed = new HashSet<>();
    JsonNode configMaps = document.at("/spec/configMaps");
    if (!configMaps.isArray()) {
      return listed;
    }
    Path folder = folder(descriptor);
    for (JsonNode configMap : configMaps) {
      JsonNode files = configMap.path("files");
      if (files.isObject()) {
        for (var entry : files.properties()) {
          if (entry.getValue().isString()) {
            try {
              listed.add(folder.resolve(entry.getValue().stringValue()).normalize());
            } catch (java.nio.file.InvalidPathException e) {
              // not a path: reported when the module's files are read
            }
          }
        }
      }
    }
    return listed;
  }

  /** Reads every file {@code module} lists. */
  static Read read(Module module, YamlDocument document, Path descriptor, String shownFolder) {
    List<Problem> problems = new ArrayList<>();
    List<ConfigMapSpec> configMaps = new ArrayList<>();
    Path folder = folder(descriptor);
    List<ConfigMapSpec> declared = module.spec().configMaps();
    for (int i = 0; i < declared.size(); i++) {
      ConfigMapSpec configMap = declared.get(i);
      Map<String, String> read = new LinkedHashMap<>();
      for (Map.Entry<String, String> file : configMap.files().entrySet()) {
        String at = JsonPointer.child("/spec/configMaps/" + i + "/files", file.getKey());
        String shown =
            shownFolder.isEmpty() ? file.getValue() : shownFolder + "/" + file.getValue();
        try {
          read.put(file.getKey(), text(folder, file.getValue(), shown));
        } catch (Unreadable e) {
          problems.add(new Problem(document.locate(at), at, e.getMessage(), e.hint));
        }
      }
      configMaps.add(configMap.withFileData(read));
    }
    if (declared.stream().allMatch(c -> c.files().isEmpty())) {
      return new Read(module, problems);
    }
    return new Read(
        new Module(module.source(), module.metadata(), module.spec().withConfigMaps(configMaps)),
        problems);
  }

  private static Path folder(Path descriptor) {
    return descriptor.toAbsolutePath().normalize().getParent();
  }

  /** The file's text; refuses a path that leaves the folder, a missing file, a non-UTF-8 file. */
  private static String text(Path folder, String relative, String shown) throws Unreadable {
    Path file;
    try {
      file = folder.resolve(relative).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new Unreadable("'" + relative + "' is not a file path: " + e.getReason(), "");
    }
    if (!file.startsWith(folder)) {
      throw new Unreadable(
          "'" + relative + "' leaves the descriptor's folder",
          "keep the file beside the descriptor or in a folder below it");
    }
    byte[] bytes;
    try {
      // a symbolic link may lead out of the folder: what counts is where the file really is
      if (!file.toRealPath().startsWith(folder.toRealPath())) {
        throw new Unreadable(
            "'" + relative + "' is a link that leads out of the descriptor's folder",
            "copy the file beside the descriptor or in a folder below it");
      }
      if (Files.isDirectory(file)) {
        throw new Unreadable(
            "'" + relative + "' is a folder, not a file", "name one file for each key");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new Unreadable(
          "file " + shown + " does not exist",
          "create it, or correct the path: it is relative to the descriptor's folder");
    } catch (IOException e) {
      throw new Unreadable("file " + shown + " cannot be read: " + e.getMessage(), "");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable(
          "file " + shown + " is not UTF-8 text (a ConfigMap's data is text)",
          "save it as UTF-8; binary files do not belong in a ConfigMap's data");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte order mark is no text
    }
    var refusal = UserText.refusal(text);
    if (refusal.isPresent()) {
      int position = text.codePoints().takeWhile(UserText::carried).map(Character::charCount).sum();
      String before = text.substring(0, position);
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
      throw new Unreadable(
          "file "
              + shown
              + ":"
              + line
              + ":"
              + column
              + ": "
              + refusal.get().replaceFirst(" at position [0-9]+", "")
              + " (ConfigMap data is carried exactly, so it follows the rules of descriptor text)",
          UserText.hint(text));
    }
    return text;
  }

  /** A file that cannot be read as a ConfigMap's text. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final String hint;

    Unreadable(String message, String hint) {
      super(message);
      this.hint = hint;
    }
  }
}
