package dev.chartgen.core.model;

/** Quantities of one side (requests or limits); null means "not set". */
public record ResourceList(String cpu, String memory, String ephemeralStorage) {

  public static final ResourceList EMPTY = new ResourceList(null, null, null);

  /** This list with every unset quantity taken from {@code defaults}. */
  public ResourceList orElse(ResourceList defaults) {
    if (defaults == null) {
      return this;
    }
    return new ResourceList(
        cpu != null ? cpu : defaults.cpu,
        memory != null ? memory : defaults.memory,
        ephemeralStorage != null ? ephemeralStorage : defaults.ephemeralStorage);
  }
}
