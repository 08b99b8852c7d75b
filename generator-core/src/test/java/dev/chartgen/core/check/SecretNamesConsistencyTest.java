package dev.chartgen.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.policy.ChartObjects;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.verify.RenderedObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The load-time check of descriptors ({@link SecretNames}) and the CG014 policy schema on rendered
 * objects must agree on what a secret written in clear is: one list of (name, value) pairs, judged
 * by both.
 */
class SecretNamesConsistencyTest {

  private static final PolicyEngine ENGINE = PolicyEngine.load(null);

  /** name, value, whether it is a secret written in clear. */
  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("DB_PASSWORD", "hunter2", true),
        Arguments.of("db_password", "hunter2", true),
        Arguments.of("SPRING_DATASOURCE_PASSWORD", "", false),
        Arguments.of("PASSWD", "changeme", true),
        Arguments.of("PGPWD", "changeme", true),
        Arguments.of("JWT_SECRET", "c2VjcmV0", true),
        Arguments.of("GITHUB_TOKEN", "ghp_abcdef", true),
        Arguments.of("API_KEY", "abc123", true),
        Arguments.of("APIKEY", "abc123", true),
        Arguments.of("API.KEY", "abc123", true),
        Arguments.of("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE", true),
        Arguments.of("TLS_PRIVATE_KEY", "-----BEGIN KEY-----", true),
        Arguments.of("DB_CREDENTIALS", "user:pass", true),
        Arguments.of("PASSWORD_SALT", "pepper", true),
        Arguments.of("OAUTH_AUTH_KEY", "k", true),
        Arguments.of("TOKEN_URL", "https://auth.example.org/token", false),
        Arguments.of("TOKEN_URL", "https://user:hunter2@auth.example.org/token", true),
        Arguments.of("CALLBACK_TOKEN", "https://auth.example.org/cb?token=abc123", true),
        Arguments.of("PWD", "/app", false),
        Arguments.of("DB_PASSWORD_FILE", "/etc/secrets/db-password", false),
        // flags, numbers, sizes and references to other variables are not secrets
        Arguments.of("ACCESS_TOKEN_VALIDITY_IN_MINUTES", "10080", false),
        Arguments.of("REFRESH_TOKEN_VALIDITY_IN_MINUTES", "20160", false),
        Arguments.of("CITIZEN_LOGIN_PASSWORD_OTP_ENABLED", "true", false),
        Arguments.of("EMPLOYEE_LOGIN_PASSWORD_OTP_ENABLED", "FALSE", false),
        Arguments.of("SECRET_ROTATION", "Yes", false),
        Arguments.of("SECRET_ROTATION", "no", false),
        Arguments.of("TOKEN_CACHE", "on", false),
        Arguments.of("TOKEN_CACHE", "Off", false),
        Arguments.of("TOKEN_CACHE_SIZE", "1.5Gi", false),
        Arguments.of("TOKEN_TTL", "30s", false),
        Arguments.of("TOKEN_TTL", "30 s", true),
        Arguments.of("PASSWORD_MIN_LENGTH", " 12 ", false),
        Arguments.of("PASSWORD_MIN_LENGTH", "\t12\n", false),
        Arguments.of("PASSWORD_HISTORY", "12345abcd", true),
        Arguments.of("DB_PASSWORD", "$(DB_PASSWORD_FROM_SECRET)", false),
        Arguments.of("DB_PASSWORD", "pre-$(DB_PASSWORD_FROM_SECRET)", true),
        Arguments.of("DB_PASSWORD", "$(A)\n$(B)", true),
        Arguments.of("DB_PASSWORD", "   ", false),
        Arguments.of("DB_PASSWORD", "\u0001", true),
        Arguments.of("DB_PASSWORD", "\u00a0", true),
        Arguments.of("DB_PASSWORD", "true\nfalse", true),
        // names that say nothing about secrets
        Arguments.of("LOG_LEVEL", "hunter2", false),
        Arguments.of("KAFKA_TOPIC_AUDIT", "enc-user-audit-data", false),
        Arguments.of("KEYCLOAK_URL", "http://keycloak:8080", false),
        Arguments.of("MONKEY", "banana", false));
  }

  @ParameterizedTest(name = "{0}={2}")
  @MethodSource("pairs")
  void theLoadTimeCheckAndTheSchemaRuleAgree(String name, String value, boolean secret) {
    assertThat(SecretNames.looksSecret(name, value)).as("SecretNames").isEqualTo(secret);
    assertThat(cg014Fires(name, value)).as("CG014 schema").isEqualTo(secret);
  }

  private static boolean cg014Fires(String name, String value) {
    Map<String, Object> container =
        Map.of(
            "name",
            "app",
            "image",
            "registry.example.org/app:1.0.0",
            "env",
            List.of(Map.of("name", name, "value", value)));
    RenderedObject pod =
        new RenderedObject(
            "app/templates/pod.yaml",
            Map.of(
                "apiVersion",
                "v1",
                "kind",
                "Pod",
                "metadata",
                Map.of("name", "app", "namespace", "policy-test"),
                "spec",
                Map.of("containers", List.of(container))));
    return ENGINE
        .check(new ChartObjects("app", null, "policy-test", List.of(pod), Set.of()))
        .stream()
        .anyMatch(f -> f.ruleId().equals("CG014"));
  }
}
