package dev.chartgen.core.model;

/**
 * The user, group and fsGroup IDs a module's pods run as, when its image needs its own (pgadmin
 * 5050, Elasticsearch 1000) instead of chartgen's default. It needs a reason, like a waiver: every
 * lint report shows it as waived with that reason. runAsNonRoot stays true; 0 is refused.
 *
 * @param runAsUser the UID, or null for the default
 * @param runAsGroup the GID, or null for the default
 * @param fsGroup the group owning mounted volumes, or null for the default
 * @param reason why the image needs these IDs
 */
public record SecurityContextOverride(
    Long runAsUser, Long runAsGroup, Long fsGroup, String reason) {

  /** The IDs as a report shows them, e.g. {@code runAsUser 5050, fsGroup 5050}. */
  public String ids() {
    StringBuilder text = new StringBuilder();
    append(text, "runAsUser", runAsUser);
    append(text, "runAsGroup", runAsGroup);
    append(text, "fsGroup", fsGroup);
    return text.toString();
  }

  private static void append(StringBuilder text, String name, Long value) {
    if (value != null) {
      text.append(text.length() == 0 ? "" : ", ").append(name).append(' ').append(value);
    }
  }
}
