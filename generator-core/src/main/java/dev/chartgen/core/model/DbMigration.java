package dev.chartgen.core.model;

import java.util.Map;

/**
 * DIGIT's Flyway database migration, run before the service.
 *
 * @param schemaTable Flyway's history table (SCHEMA_TABLE)
 * @param image the migration image; default: the service repository + "-db", same tag
 * @param mode initContainer (every pod start, DIGIT's way) or hookJob (once per release)
 * @param resources resources of the migration container
 * @param env the migration's own variables: each replaces the conventional one of the same name
 *     (DB_URL, FLYWAY_USER, ...) or adds one, e.g. a migration of another database
 */
public record DbMigration(
    String schemaTable, Image image, String mode, Resources resources, Map<String, EnvValue> env) {

  public static final String INIT_CONTAINER = "initContainer";
  public static final String HOOK_JOB = "hookJob";

  public DbMigration {
    mode = mode == null ? INIT_CONTAINER : mode;
    env = Lists.copy(env);
  }

  public boolean asHookJob() {
    return HOOK_JOB.equals(mode);
  }
}
