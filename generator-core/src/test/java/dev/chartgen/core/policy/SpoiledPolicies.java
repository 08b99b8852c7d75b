package dev.chartgen.core.policy;

import dev.chartgen.core.verify.RenderedObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A chart's rendered objects with its NetworkPolicies changed, as a template override would. */
public final class SpoiledPolicies {

  private SpoiledPolicies() {}

  /** {@code objects} with each NetworkPolicy's spec replaced by {@code change} of a copy of it. */
  @SuppressWarnings("unchecked")
  public static List<RenderedObject> spoil(
      List<RenderedObject> objects, UnaryOperator<Map<String, Object>> change) {
    List<RenderedObject> out = new ArrayList<>();
    for (RenderedObject object : objects) {
      if (object.kind().equals("NetworkPolicy")) {
        Map<String, Object> content = new LinkedHashMap<>(object.content());
        content.put(
            "spec", change.apply(new LinkedHashMap<>((Map<String, Object>) content.get("spec"))));
        out.add(new RenderedObject(object.source(), content));
      } else {
        out.add(object);
      }
    }
    return out;
  }

  /** {@code objects} with every NetworkPolicy admitting nothing (its ingress rules removed). */
  public static List<RenderedObject> withoutIngressRules(List<RenderedObject> objects) {
    return spoil(
        objects,
        spec -> {
          spec.put("ingress", List.of());
          return spec;
        });
  }
}
