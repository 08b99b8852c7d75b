package dev.chartgen.core.check;

import java.util.regex.Pattern;

/**
 * Recognises environment variables that look like they hold a secret, so that their value is never
 * written into a chart (CHECKS.md row 14). A name alone is not enough: flags and numbers (e.g.
 * ACCESS_TOKEN_VALIDITY_IN_MINUTES=10080, CITIZEN_LOGIN_PASSWORD_OTP_ENABLED=true) are not secrets,
 * nor are URLs without credentials or query (EGOV_OAUTH_TOKEN_URL=http://egov-user:8080/…) and
 * absolute paths (PWD=/app, a key file's location).
 */
public final class SecretNames {

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API[_.-]?KEY|ACCESS[_.-]?KEY|PRIVATE[_.-]?KEY"
              + "|CREDENTIAL|SALT|AUTH[_.-]?KEY).*");
  // the same expressions as the CG014 policy schema (whitespace around a value is \s, as there)
  private static final Pattern HARMLESS_VALUE =
      Pattern.compile(
          "(?i)^\\s*(|true|false|yes|no|on|off|[0-9]+(\\.[0-9]+)?[a-z]{0,3}|\\$\\(.*\\)"
              + "|(https?|file|jdbc:[a-z0-9]+)://[^@?\\s]*|/[^\\s]*)\\s*$");

  private SecretNames() {}

  /** Whether {@code name=value} looks like a secret written in clear. */
  public static boolean looksSecret(String name, String value) {
    return SECRET_NAME.matcher(name).matches() && !HARMLESS_VALUE.matcher(value).matches();
  }
}
