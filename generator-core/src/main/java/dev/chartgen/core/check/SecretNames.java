package dev.chartgen.core.check;

import dev.chartgen.core.schema.SchemaCatalog;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Recognises environment variables that look like they hold a secret, so that their value is never
 * written into a chart (CHECKS.md row 14). A name alone is not enough: flags and numbers (e.g.
 * ACCESS_TOKEN_VALIDITY_IN_MINUTES=10080, CITIZEN_LOGIN_PASSWORD_OTP_ENABLED=true) are not secrets,
 * nor are URLs without credentials or query (EGOV_OAUTH_TOKEN_URL=http://egov-user:8080/…) and
 * absolute paths (PWD=/app, a key file's location).
 *
 * <p>The expressions are those of the CG014 policy schema, read from it: the check made when
 * descriptors load and the rule applied to rendered charts cannot disagree.
 */
public final class SecretNames {

  private static final JsonNode CG014_ENV =
      SchemaCatalog.readResource(SchemaCatalog.RESOURCE_ROOT + "policies/CG014.schema.json")
          .at("/properties/container/properties/env/items/not/properties");
  private static final Pattern SECRET_NAME = pattern("/name/pattern");
  private static final Pattern HARMLESS_VALUE = pattern("/value/not/pattern");

  private SecretNames() {}

  /** Whether {@code name=value} looks like a secret written in clear. */
  public static boolean looksSecret(String name, String value) {
    // JSON Schema patterns match anywhere in the text, as find() does
    return SECRET_NAME.matcher(name).find() && !HARMLESS_VALUE.matcher(value).find();
  }

  private static Pattern pattern(String pointer) {
    JsonNode pattern = CG014_ENV.at(pointer);
    if (!pattern.isString()) {
      throw new IllegalStateException("the CG014 policy schema has no pattern at " + pointer);
    }
    return Pattern.compile(pattern.stringValue());
  }
}
