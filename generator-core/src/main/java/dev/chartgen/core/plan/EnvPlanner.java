package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.convention.PlatformConventions;
import dev.chartgen.core.model.Conventions;
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

  /**
   * The java-spring env set of the conventions in force (DIGIT's common chart env set for Spring
   * Boot services, see DIGIT-CHARTS.md), the JAVA_* settings, and the tracing set when on.
   */
  private void javaSpring(
      Module module, Map<String, EnvVarView> refs, Map<String, String> literals) {
    Conventions.JavaSpring conventions = PlatformConventions.of(platform).javaSpring();
    conventions.env().forEach(entry -> convention(module, entry, refs, literals));
    Defaults.JAVA_SETTINGS_ENV.forEach(
        (name, field) -> refs.put(name, EnvVarView.fromValues(name, ".Values.java." + field)));
    if (module.spec().java().tracingEnabled()) {
      conventions.tracingEnv().forEach(entry -> convention(module, entry, refs, literals));
    }
  }

  /** One variable of a convention: a reference wired into the template, or a literal value. */
  private void convention(
      Module module,
      Conventions.EnvEntry entry,
      Map<String, EnvVarView> refs,
      Map<String, String> literals) {
    String name = entry.name();
    if (entry.value() != null) {
      literals.put(name, entry.value());
    } else if (Boolean.TRUE.equals(entry.moduleName())) {
      literals.put(name, module.name());
    } else if (entry.configKey() != null) {
      config(refs, name, sharedConfigMap(), entry.configKey());
    } else if (Boolean.TRUE.equals(entry.datasourceUrlKey())) {
      config(refs, name, sharedConfigMap(), module.spec().java().datasourceUrlKeyOrDefault());
    } else if (entry.databaseSecretKey() != null) {
      String db = platform.spec().sharedConfig().databaseSecret();
      refs.put(name, EnvVarView.secret(name, db, entry.databaseSecretKey(), false));
    } else {
      refs.put(name, EnvVarView.field(name, entry.fieldPath()));
    }
  }

  private static void config(Map<String, EnvVarView> refs, String name, String map, String key) {
    refs.put(name, EnvVarView.configMap(name, map, key, false));
  }
}
