package dev.chartgen.core.importer;

import java.util.List;
import java.util.Map;

/**
 * The outcome of importing one values file.
 *
 * @param source the values file
 * @param group the descriptor's group (its folder under descriptors/)
 * @param status imported, imported with notes, or refused
 * @param descriptor the descriptor as a YAML tree (empty when refused)
 * @param notes every rewrite: inlined values, resolved conditions, safe fixes, actions
 * @param mapped what was carried over without loss, told because it changed form (a DIGIT env entry
 *     now set by a convention, a waiver written, chartgen's documented defaults applied)
 * @param dropped values keys not carried over, each with the reason
 * @param refusal why it was refused, located ({@code file:line: what}); empty otherwise
 * @param fix the exact fix for a refusal; empty otherwise
 * @param overrides the environment's overrides for this module (a YAML tree; may be empty)
 */
public record ServiceImport(
    ChartSourceView source,
    String group,
    Status status,
    Map<String, Object> descriptor,
    List<String> notes,
    List<String> mapped,
    Map<String, String> dropped,
    String refusal,
    String fix,
    Map<String, Object> overrides) {

  /** How a service came through. */
  public enum Status {
    /** Lossless. */
    IMPORTED("imported"),
    /** Imported; each rewrite is listed. */
    WITH_NOTES("imported with notes"),
    /** Not imported; the reason and the fix are given. */
    REFUSED("refused");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** How the report says it. */
    public String label() {
      return label;
    }
  }

  /**
   * The values file a service came from.
   *
   * @param module the module name
   * @param file the values file, relative to the imported folder
   */
  public record ChartSourceView(String module, String file) {}

  public ServiceImport {
    descriptor = descriptor == null ? Map.of() : descriptor;
    notes = List.copyOf(notes);
    mapped = List.copyOf(mapped);
    dropped = Map.copyOf(dropped);
    refusal = refusal == null ? "" : refusal;
    fix = fix == null ? "" : fix;
    overrides = overrides == null ? Map.of() : overrides;
  }

  /** The module name. */
  public String module() {
    return source.module();
  }
}
