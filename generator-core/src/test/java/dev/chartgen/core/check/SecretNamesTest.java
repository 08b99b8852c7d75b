package dev.chartgen.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretNamesTest {

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "DB_PASSWORD, s3cr3t-Passw0rd",
    "SPRING_DATASOURCE_PASSWORD, postgres",
    "mail.password, hunter2",
    "DB_PASSWD, hunter2",
    "FTP_PWD, hunter2",
    "JWT_SECRET, c2VjcmV0LXNpZ25pbmcta2V5",
    "CLIENT_SECRET, egov-user-secret",
    "GITHUB_TOKEN, ghp_abcdefghijklmnop",
    "MAPS_API_KEY, AIzaSyA-1234567890",
    "MAPS_APIKEY, AIzaSyA-1234567890",
    "AWS_ACCESS_KEY_ID, AKIAIOSFODNN7EXAMPLE",
    "SIGNING_PRIVATE_KEY, -----BEGIN PRIVATE KEY-----",
    "SMS_CREDENTIALS, user:pass",
    "PASSWORD_SALT, pepper",
    "NOTIFICATION_AUTH_KEY, 0a1b2c3d4e",
    // a number with a long tail of letters is no duration
    "DB_PASSWORD, 1234abcd"
  })
  void secretLookingNameWithAWrittenValueLooksSecret(String name, String value) {
    assertThat(SecretNames.looksSecret(name, value)).isTrue();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    // harmless values under secret-looking names: numbers, durations, flags, references
    "ACCESS_TOKEN_VALIDITY_IN_MINUTES, 10080",
    "REFRESH_TOKEN_VALIDITY_IN_MINUTES, 20160",
    "DEFAULT_PASSWORD_EXPIRY_IN_DAYS, 90",
    "CITIZEN_LOGIN_PASSWORD_OTP_ENABLED, true",
    "EMPLOYEE_LOGIN_PASSWORD_OTP_ENABLED, FALSE",
    "SECRET_ROTATION, off",
    "TOKEN_TTL, 30m",
    "TOKEN_CACHE_SIZE, 1.5Gi",
    "DB_PASSWORD, ''",
    "DB_PASSWORD, '   '",
    "DB_PASSWORD, $(DB_PASSWORD_FROM_SECRET)",
    // names that do not look secret, whatever the value
    "SERVER_PORT, 8080",
    "SPRING_DATASOURCE_URL, jdbc:postgresql://postgres:5432/egov",
    "KAFKA_TOPIC_AUDIT, enc-user-audit-data",
    "EGOV_USER_HOST, http://egov-user:8080/"
  })
  void harmlessNameOrValueDoesNotLookSecret(String name, String value) {
    assertThat(SecretNames.looksSecret(name, value)).isFalse();
  }
}
