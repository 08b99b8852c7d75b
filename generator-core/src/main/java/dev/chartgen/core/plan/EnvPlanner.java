package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.EnvValue;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.view.EnvVarView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the environment of containers: DIGIT's java-spring conventions plus the descriptor's own
 * variables, which win over a convention of the same name. Each name appears once.
 */
final class EnvPlanner {

  /**
   * The main container's environment.
   *
   * @param references variables wired into the template (ConfigMap, Secret, field, values path)
   * @param literals literal values, written to values.yaml and overridable per environment
   */
  record MainEnv(List<EnvVarView> references, Map<String, String> literals) {
    List<String> referenceNames() {
      return references.stream().map(EnvVarView::name).toList();
    }
  }

  private final Platform platform;
  private final ServiceHosts hosts;

  EnvPlanner(Platform platform, ServiceHosts hosts) {
    this.platform = platform;
    this.hosts = hosts;
  }

  MainEnv main(Module module) {
    Map<String, EnvVarView> conventionRefs = new LinkedHashMap<>();
    Map<String, String> conventionLiterals = new LinkedHashMap<>();
    if (module.spec().isJavaSpring()) {
      javaSpring(module, conventionRefs, conventionLiterals);
    }
    List<EnvVarView> references = new ArrayList<>();
    Map<String, String> literals = new LinkedHashMap<>();
    Map<String, EnvValue> own = module.spec().env();
    conventionRefs.forEach(
        (name, ref) -> {
          if (!own.containsKey(name)) {
            references.add(ref);
          }
        });
    own.forEach(
        (name, value) -> {
          EnvVarView view = view(name, value);
          if (view.value() != null && view.when() == null) {
            literals.put(name, view.value());
          } else {
            references.add(view);
          }
        });
    conventionLiterals.forEach(
        (name, value) -> {
          if (!own.containsKey(name)) {
            literals.put(name, value);
          }
        });
    return new MainEnv(references, literals);
  }

  /** All variables inline (extra containers): literals stay in the template. */
  List<EnvVarView> inline(Map<String, EnvValue> env) {
    List<EnvVarView> views = new ArrayList<>();
    env.forEach((name, value) -> views.add(view(name, value)));
    return views;
  }

  private EnvVarView view(String name, EnvValue value) {
    if (value instanceof EnvValue.Conditional conditional) {
      return view(name, conditional.value()).when(conditional.flag());
    }
    if (value instanceof EnvValue.Literal literal) {
      return EnvVarView.literal(name, literal.value());
    }
    if (value instanceof EnvValue.ConfigKey config) {
      return EnvVarView.configMap(
          name,
          config.configMap() == null ? sharedConfigMap() : config.configMap(),
          config.key(),
          Boolean.TRUE.equals(config.optional()));
    }
    if (value instanceof EnvValue.SecretKey secret) {
      return EnvVarView.secret(
          name, secret.secret(), secret.key(), Boolean.TRUE.equals(secret.optional()));
    }
    if (value instanceof EnvValue.ServiceHost host) {
      return EnvVarView.literal(name, hosts.url(host.module()));
    }
    if (value instanceof EnvValue.FieldRef field) {
      return EnvVarView.field(name, field.fieldPath());
    }
    EnvValue.ResourceField resource = (EnvValue.ResourceField) value;
    return EnvVarView.resourceField(name, resource.resource(), resource.divisor());
  }

  private String sharedConfigMap() {
    return platform.spec().sharedConfig().configMap();
  }

  /** DIGIT's common chart env set for Spring Boot services (see DIGIT-CHARTS.md). */
  private void javaSpring(
      Module module, Map<String, EnvVarView> refs, Map<String, String> literals) {
    String config = sharedConfigMap();
    String db = platform.spec().sharedConfig().databaseSecret();
    String dbUrl = module.spec().java().datasourceUrlKeyOrDefault();
    config(refs, "SPRING_DATASOURCE_URL", config, dbUrl);
    config(refs, "FLYWAY_URL", config, dbUrl);
    config(refs, "APP_TIMEZONE", config, "timezone");
    refs.put(
        "SPRING_DATASOURCE_USERNAME",
        EnvVarView.secret("SPRING_DATASOURCE_USERNAME", db, "username", false));
    refs.put(
        "SPRING_DATASOURCE_PASSWORD",
        EnvVarView.secret("SPRING_DATASOURCE_PASSWORD", db, "password", false));
    config(
        refs,
        "SPRING_DATASOURCE_TOMCAT_INITIAL_SIZE",
        config,
        "spring-datasource-tomcat-initialSize");
    config(refs, "SERVER_TOMCAT_MAX_THREADS", config, "server-tomcat-max-threads");
    config(refs, "SERVER_TOMCAT_MAX_CONNECTIONS", config, "server-tomcat-max-connections");
    config(
        refs, "SPRING_DATASOURCE_TOMCAT_MAX_ACTIVE", config, "spring-datasource-tomcat-max-active");
    config(
        refs,
        "SPRING_DATASOURCE_HIKARI_MAXIMUM-POOL-SIZE",
        config,
        "spring-datasource-tomcat-max-active");
    config(refs, "KAFKA_CONFIG_BOOTSTRAP_SERVER_CONFIG", config, "kafka-brokers");
    config(refs, "SPRING_KAFKA_BOOTSTRAP_SERVERS", config, "kafka-brokers");
    config(refs, "SPRING_JPA_SHOW_SQL", config, "spring-jpa-show-sql");
    Defaults.JAVA_SETTINGS_ENV.forEach(
        (name, field) -> refs.put(name, EnvVarView.fromValues(name, ".Values.java." + field)));
    literals.put("FLYWAY_ENABLED", "false");
    literals.put("SPRING_FLYWAY_ENABLED", "false");
    literals.put("MANAGEMENT_ENDPOINTS_WEB_BASE_PATH", "/");
    literals.put("IS_ENVIRONMENT_CENTRAL_INSTANCE", "false");
    if (module.spec().java().tracingEnabled()) {
      refs.put("JAEGER_AGENT_HOST", EnvVarView.field("JAEGER_AGENT_HOST", "status.hostIP"));
      literals.put("JAEGER_SERVICE_NAME", module.name());
      literals.put("JAEGER_SAMPLER_TYPE", "remote");
      literals.put("JAEGER_AGENT_PORT", "6831");
      literals.put("JAEGER_SAMPLER_MANAGER_HOST_PORT", "$(JAEGER_AGENT_HOST):5778");
      literals.put("TRACER_OPENTRACING_ENABLED", "true");
    }
  }

  private static void config(Map<String, EnvVarView> refs, String name, String map, String key) {
    refs.put(name, EnvVarView.configMap(name, map, key, false));
  }
}
