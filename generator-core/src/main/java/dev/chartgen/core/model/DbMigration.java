package dev.chartgen.core.model;

/**
 * DIGIT's Flyway database migration, run before the service.
 *
 * @param schemaTable Flyway's history table (SCHEMA_TABLE)
 * @param image the migration image; default: the service repository + "-db", same tag
 * @param mode initContainer (every pod start, DIGIT's way) or hookJob (once per release)
 * @param resources resources of the migration container
 */
public record DbMigration(String schemaTable, Image image, String mode, Resources resources) {

  public static final String INIT_CONTAINER = "initContainer";
  public static final String HOOK_JOB = "hookJob";

  public DbMigration {
    mode = mode == null ? INIT_CONTAINER : mode;
  }

  public boolean asHookJob() {
    return HOOK_JOB.equals(mode);
  }
}
