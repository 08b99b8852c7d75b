package dev.chartgen.core.yaml;

import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A parsed YAML file as a JSON tree, with the position of every node.
 *
 * @param source the file name used in messages
 * @param root the document as a JSON tree (objects keep their order)
 * @param valueLocations JSON pointer to where the value starts
 * @param keyLocations JSON pointer of an object property to where its key starts
 * @param textProblems strings holding characters chartgen refuses ({@code UserText}): the document
 *     is still read, so that its other problems are reported in the same run
 */
public record YamlDocument(
    String source,
    JsonNode root,
    Map<String, Location> valueLocations,
    Map<String, Location> keyLocations,
    List<Problem> textProblems) {

  public YamlDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(root, "root");
    valueLocations = Map.copyOf(valueLocations);
    keyLocations = Map.copyOf(keyLocations);
    textProblems = List.copyOf(textProblems);
  }

  /** Where the value at {@code pointer} starts, or its nearest existing ancestor. */
  public Location locate(String pointer) {
    String current = pointer;
    while (true) {
      Location found = valueLocations.get(current);
      if (found != null) {
        return found;
      }
      if (current.isEmpty()) {
        return Location.of(source);
      }
      current = JsonPointer.parent(current);
    }
  }

  /** Where the key of the property at {@code pointer} starts, else where its value starts. */
  public Location locateKey(String pointer) {
    Location key = keyLocations.get(pointer);
    return key != null ? key : locate(pointer);
  }

  /** The node at {@code pointer}, or a missing node. */
  public JsonNode at(String pointer) {
    return root.at(pointer);
  }
}
