package dev.chartgen.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Splits {@code helm template} output into objects, remembering each one's template. */
public final class Manifests {

  private static final String SOURCE = "# Source: ";

  private Manifests() {}

  /** The objects of a multi-document YAML stream; empty documents are skipped. */
  public static List<RenderedObject> parse(String output) {
    List<RenderedObject> objects = new ArrayList<>();
    String source = "";
    StringBuilder document = new StringBuilder();
    for (String line : (output + "\n---").split("\n", -1)) {
      if (line.equals("---") || line.startsWith("--- ")) {
        add(objects, source, document.toString());
        document.setLength(0);
        source = "";
      } else {
        if (line.startsWith(SOURCE) && source.isEmpty()) {
          source = line.substring(SOURCE.length()).trim();
        }
        document.append(line).append('\n');
      }
    }
    return objects;
  }

  @SuppressWarnings("unchecked")
  private static void add(List<RenderedObject> objects, String source, String text) {
    if (text.isBlank()) {
      return;
    }
    Load load = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
    Object loaded = load.loadFromString(text);
    if (loaded instanceof Map<?, ?> map) {
      objects.add(new RenderedObject(source, (Map<String, Object>) map));
    } else if (loaded != null) {
      throw new IllegalArgumentException(source + ": a rendered document is not an object");
    }
  }
}
