package dev.chartgen.core.values;

import dev.chartgen.core.text.YamlWriter;

/** A chart's values.yaml: the values tree, with a {@code # --} comment documenting every key. */
public final class ValuesYaml {

  private ValuesYaml() {}

  /** The values.yaml text: {@code header} as comment lines, then the tree. */
  public static String write(String header, ValueNode.Group root) {
    YamlWriter writer = YamlWriter.create().header(header);
    group(writer, root, 0, true);
    return writer.text();
  }

  private static void group(YamlWriter writer, ValueNode.Group group, int indent, boolean top) {
    boolean first = true;
    for (ValueNode.Entry entry : group.entries()) {
      if (top && !first) {
        writer.blankLine();
      }
      first = false;
      ValueNode node = entry.node();
      writer.comment(node.description(), indent);
      if (node instanceof ValueNode.Group nested) {
        writer.block(entry.key(), indent);
        group(writer, nested, indent + 2, false);
      } else if (node instanceof ValueNode.Scalar scalar) {
        writer.entry(entry.key(), scalar.value(), indent);
      } else if (node instanceof ValueNode.Dict dict) {
        writer.entry(entry.key(), dict.value(), indent);
      } else if (node instanceof ValueNode.Items items) {
        writer.entry(entry.key(), items.value(), indent);
      } else if (node instanceof ValueNode.Free free) {
        writer.entry(entry.key(), free.value(), indent);
      }
    }
  }
}
