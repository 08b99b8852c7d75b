package dev.chartgen.core.importer;

import dev.chartgen.core.text.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The project around the descriptors: platform.yaml (registry, domain, namespace, and the URLs of
 * the services that are referenced but not imported, from the environment's egov-service-host map),
 * pom.xml, the descriptor files and the environment file.
 */
final class PlatformAssembler {

  private static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
  private static final String DNS_NAME = "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$";

  private final ImportRequest request;
  private final ImportContext context;
  private final JsonNode environment;
  private final List<ServiceImport> services;
  private final Map<String, String> platformServices = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private final String domain;

  PlatformAssembler(
      ImportRequest request,
      ImportContext context,
      JsonNode environment,
      List<ServiceImport> services) {
    this.request = request;
    this.context = context;
    this.environment = environment;
    this.services = services;
    String configured = Values.text(context.globals(), "domain");
    if (configured.matches(DNS_NAME)) {
      this.domain = configured;
    } else {
      this.domain = "digit.example.org";
      notes.add(
          "ACTION: the environment's global.domain '"
              + configured
              + "' is not a host name (a placeholder); platform.yaml says "
              + domain
              + ": set the real domain");
    }
    resolveServiceHosts();
    resolveRouteCollisions();
    rootIngress();
  }

  /** The path of DIGIT's cluster-configs root ingress. */
  private static final String ROOT = "/";

  /**
   * DIGIT's cluster-configs chart renders a root Ingress ({@code root-ingress}): the bare domain's
   * {@code /} to one Service ({@code serviceName}:{@code servicePort}, the citizen UI), with
   * ingress-nginx's {@code app-root} redirect to {@code /<appRoot>}. chartgen has no Ingress of its
   * own outside the modules, so it becomes a route of the gateway module's Ingress ({@code
   * spec.ingress.routes}; the gateway is the platform's front door, and a route must come from a
   * module of the target's namespace) to the target module's port with that Service port.
   */
  @SuppressWarnings("unchecked")
  private void rootIngress() {
    JsonNode root = context.clusterConfigs().path("root-ingress");
    String target = Values.text(root, "serviceName");
    if (target.isEmpty()) {
      return;
    }
    String servicePort = Values.text(root, "servicePort");
    String what = "cluster-configs root-ingress (/ to " + target + ":" + servicePort + ")";
    ServiceImport to = imported(target);
    ServiceImport owner = imported(GATEWAY);
    if (to == null || owner == null) {
      notes.add(
          "ACTION: "
              + what
              + " is not carried over: it becomes a route of the "
              + GATEWAY
              + " module's Ingress, and "
              + (to == null ? target : GATEWAY)
              + " is not imported; add spec.ingress.routes to a module of "
              + target
              + "'s namespace");
      return;
    }
    Map<String, Object> targetSpec = spec(to.descriptor());
    String port = null;
    for (Object p : (List<Object>) targetSpec.getOrDefault("ports", List.of())) {
      Map<String, Object> entry = (Map<String, Object>) p;
      Object number = entry.getOrDefault("servicePort", entry.get("port"));
      if (String.valueOf(number).equals(servicePort)) {
        port = (String) entry.get("name");
      }
    }
    String here = namespace(owner);
    if (port == null || !here.equals(namespace(to)) || claimed(ROOT)) {
      notes.add(
          "ACTION: "
              + what
              + " is not carried over: "
              + (port == null
                  ? target + " has no port " + servicePort
                  : !here.equals(namespace(to))
                      ? target
                          + " runs in namespace "
                          + namespace(to)
                          + ", the "
                          + GATEWAY
                          + " in "
                          + here
                      : "a module already serves / on the domain")
              + "; add spec.ingress.routes by hand");
      return;
    }
    Map<String, Object> ownerSpec = spec(owner.descriptor());
    Map<String, Object> ingress =
        (Map<String, Object>) ownerSpec.computeIfAbsent("ingress", k -> new LinkedHashMap<>());
    Map<String, Object> route = new LinkedHashMap<>();
    route.put("path", ROOT);
    route.put("module", target);
    route.put("port", port);
    List<Object> routes = new ArrayList<>((List<Object>) ingress.getOrDefault("routes", List.of()));
    routes.add(route);
    ingress.put("routes", routes);
    String appRoot = Values.text(root, "appRoot");
    if (!appRoot.isEmpty()) {
      Map<String, Object> annotations =
          new LinkedHashMap<>((Map<String, Object>) ingress.getOrDefault("annotations", Map.of()));
      annotations.put("nginx.ingress.kubernetes.io/app-root", "/" + appRoot.replaceFirst("^/", ""));
      ingress.put("annotations", annotations);
    }
    notes.add(
        what
            + ": imported as a route of "
            + GATEWAY
            + "'s Ingress (spec.ingress.routes: / to "
            + target
            + " port "
            + port
            + (appRoot.isEmpty() ? "" : ", app-root /" + appRoot)
            + "); "
            + target
            + "'s NetworkPolicy admits the ingress controller on that port"
            + (Values.text(root, "cert-issuer").isEmpty()
                ? ""
                : "; cert-issuer "
                    + Values.text(root, "cert-issuer")
                    + " is not carried over (chartgen's Ingresses use the platform's TLS Secret)"));
  }

  /** The gateway module DIGIT's Ingresses send zuul routes to: the platform's front door. */
  private static final String GATEWAY = "gateway";

  private ServiceImport imported(String module) {
    return services.stream()
        .filter(s -> s.status() != ServiceImport.Status.REFUSED && s.module().equals(module))
        .findFirst()
        .orElse(null);
  }

  @SuppressWarnings("unchecked")
  private String namespace(ServiceImport service) {
    Object namespace =
        ((Map<String, Object>) service.descriptor().get("metadata")).get("namespace");
    return namespace == null ? context.namespace() : (String) namespace;
  }

  @SuppressWarnings("unchecked")
  private boolean claimed(String path) {
    for (ServiceImport service : services) {
      if (service.status() == ServiceImport.Status.REFUSED) {
        continue;
      }
      Object ingress = spec(service.descriptor()).get("ingress");
      if (ingress instanceof Map<?, ?> in
          && !in.containsKey("host")
          && in.get("paths") instanceof List<?> paths
          && paths.contains(path)) {
        return true;
      }
    }
    return false;
  }

  /**
   * DIGIT deploys some alternatives side by side in different namespaces (pgr-services and
   * health-pgr-services both claim /pgr-services); one platform domain cannot serve both. The
   * module named like the path keeps the route, else the first; the other loses its Ingress, noted.
   */
  @SuppressWarnings("unchecked")
  private void resolveRouteCollisions() {
    Map<String, List<ServiceImport>> claims = new TreeMap<>();
    for (ServiceImport service : services) {
      if (service.status() == ServiceImport.Status.REFUSED) {
        continue;
      }
      Map<String, Object> ingress = (Map<String, Object>) spec(service.descriptor()).get("ingress");
      if (ingress == null) {
        continue;
      }
      for (Object path : (List<Object>) ingress.getOrDefault("paths", List.of())) {
        String host = ingress.containsKey("host") ? (String) ingress.get("host") : domain;
        claims.computeIfAbsent(host + path, k -> new ArrayList<>()).add(service);
      }
    }
    claims.forEach(
        (route, claimants) -> {
          if (claimants.size() < 2) {
            return;
          }
          ServiceImport keeper =
              claimants.stream()
                  .filter(c -> route.endsWith("/" + c.module()))
                  .findFirst()
                  .orElse(claimants.get(0));
          for (ServiceImport other : claimants) {
            if (other != keeper) {
              spec(other.descriptor()).remove("ingress");
              notes.add(
                  "route "
                      + route
                      + " is claimed by "
                      + keeper.module()
                      + " and "
                      + other.module()
                      + " (DIGIT runs them in different setups); "
                      + other.module()
                      + " loses its Ingress: give it its own path to expose it");
            }
          }
        });
  }

  /** Notes on the platform as a whole. */
  List<String> notes() {
    return List.copyOf(notes);
  }

  /** Services added to platform.yaml, with their URLs. */
  Map<String, String> platformServices() {
    return Map.copyOf(platformServices);
  }

  /** Every file of the project but the report. */
  Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    files.put("pom.xml", pom());
    files.put("platform.yaml", platform());
    for (ServiceImport service : services) {
      if (service.status() == ServiceImport.Status.REFUSED) {
        continue;
      }
      files.put(
          "descriptors/" + service.group() + "/" + service.module() + ".yaml", descriptor(service));
    }
    files.put("environments/" + request.environment() + ".yaml", environmentFile());
    return files;
  }

  private void resolveServiceHosts() {
    Set<String> imported = new TreeSet<>();
    services.stream()
        .filter(s -> s.status() != ServiceImport.Status.REFUSED)
        .filter(s -> !"CronJob".equals(spec(s.descriptor()).get("workload")))
        .forEach(s -> imported.add(s.module()));
    JsonNode map =
        context.clusterConfigs().path("configmaps").path(EnvImporter.SERVICE_HOST_MAP).path("data");
    for (ServiceImport service : services) {
      for (Map<String, Object> env : envMaps(service)) {
        for (Map.Entry<String, Object> e : env.entrySet()) {
          if (!(e.getValue() instanceof Map<?, ?> ref) || !ref.containsKey("serviceHost")) {
            continue;
          }
          String key = (String) ref.get("serviceHost");
          if (imported.contains(key)) {
            continue;
          }
          String url = Values.text(map, key);
          if (!key.matches(DNS_LABEL) || (!url.isEmpty() && !url.matches("^https?://\\S+$"))) {
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("config", key);
            config.put("configMap", EnvImporter.SERVICE_HOST_MAP);
            e.setValue(config);
            continue;
          }
          if (url.isEmpty()) {
            url = "http://" + key + ":8080/";
            if (!platformServices.containsKey(key)) {
              notes.add(
                  "egov-service-host has no key '"
                      + key
                      + "' (referenced by "
                      + service.module()
                      + "); platform.yaml lists it as "
                      + url
                      + ", DIGIT's usual form");
            }
          }
          platformServices.put(key, url);
        }
      }
    }
    gateway(imported, map);
  }

  /**
   * Modules routed through DIGIT's gateway (zuul) need the gateway module: when it is not imported,
   * platform.yaml lists it among the services, at its egov-service-host URL or DIGIT's usual one.
   */
  private void gateway(Set<String> imported, JsonNode map) {
    String gateway = "gateway";
    boolean routed =
        services.stream()
            .filter(s -> s.status() != ServiceImport.Status.REFUSED)
            .map(s -> spec(s.descriptor()).get("ingress"))
            .anyMatch(i -> i instanceof Map<?, ?> in && Boolean.TRUE.equals(in.get("viaGateway")));
    if (!routed || imported.contains(gateway) || platformServices.containsKey(gateway)) {
      return;
    }
    String url = Values.text(map, gateway);
    if (!url.matches("^https?://\\S+$")) {
      url = "http://" + gateway + ":8080/";
      notes.add(
          "modules are routed through the gateway, which is not imported and egov-service-host"
              + " has no URL for it; platform.yaml lists it as "
              + url
              + ", DIGIT's usual form");
    }
    platformServices.put(gateway, url);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> envMaps(ServiceImport service) {
    List<Map<String, Object>> maps = new ArrayList<>();
    if (service.descriptor().isEmpty()) {
      return maps;
    }
    Object env = spec(service.descriptor()).get("env");
    if (env != null) {
      maps.add((Map<String, Object>) env);
    }
    Object over = service.overrides().get("env");
    if (over != null) {
      maps.add((Map<String, Object>) over);
    }
    return maps;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> spec(Map<String, Object> descriptor) {
    Object spec = descriptor.get("spec");
    return spec == null ? Map.of() : (Map<String, Object>) spec;
  }

  private String platform() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", "chartgen/v1");
    doc.put("kind", "Platform");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", "digit");
    metadata.put(
        "description",
        "Imported from DIGIT's Helm values (environment " + request.environment() + ")");
    doc.put("metadata", metadata);
    Map<String, Object> spec = new LinkedHashMap<>();
    String registry = Values.text(context.globals(), "containerRegistry");
    spec.put(
        "registry",
        registry.isEmpty() || !registry.contains(".")
            ? "docker.io/" + (registry.isEmpty() ? "egovio" : registry)
            : registry);
    spec.put("domain", domain);
    spec.put("namespace", context.namespace());
    if (!platformServices.isEmpty()) {
      spec.put("services", new TreeMap<>(platformServices));
    }
    doc.put("spec", spec);
    return "# Imported by chartgen from DIGIT's Helm values: the settings every module shares.\n"
        + "# See IMPORT-REPORT.md for what was rewritten.\n"
        + YamlWriter.document(doc);
  }

  private String descriptor(ServiceImport service) {
    return "# Imported by chartgen from "
        + service.source().file()
        + " ("
        + service.status().label()
        + "; see IMPORT-REPORT.md).\n"
        + YamlWriter.document(service.descriptor());
  }

  /**
   * The flags the imported descriptors' {@code when:} entries use, each on or off as the
   * environment's {@code global} block sets DIGIT's value (absent: off, as DIGIT's {@code if}).
   */
  private Map<String, Object> flags() {
    Map<String, Object> flags = new TreeMap<>();
    for (ServiceImport service : services) {
      Object env = spec(service.descriptor()).get("env");
      if (env instanceof Map<?, ?> entries) {
        entries.values().stream()
            .filter(v -> v instanceof Map<?, ?> m && m.get("when") instanceof String)
            .map(v -> (String) ((Map<?, ?>) v).get("when"))
            .forEach(flag -> flags.put(flag, globalFlag(flag)));
      }
    }
    return flags;
  }

  private boolean globalFlag(String flag) {
    for (var e : context.globals().properties()) {
      if (Flags.name(e.getKey()).equals(flag)) {
        return Expression.truthy(Scope.toJava(e.getValue()));
      }
    }
    return false;
  }

  private String environmentFile() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", "chartgen/v1");
    doc.put("kind", "Environment");
    doc.put("metadata", Map.of("name", request.environment()));
    Map<String, Object> modules = new TreeMap<>();
    for (ServiceImport service : services) {
      if (service.status() != ServiceImport.Status.REFUSED && !service.overrides().isEmpty()) {
        modules.put(service.module(), service.overrides());
      }
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("domain", domain);
    Map<String, Object> shared = new TreeMap<>();
    context
        .clusterConfigs()
        .path("configmaps")
        .path(EnvImporter.SHARED_CONFIG)
        .path("data")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                shared.put(e.getKey(), Expression.print(Scope.toJava(e.getValue())));
              }
            });
    if (!shared.isEmpty()) {
      spec.put("sharedConfig", shared);
    }
    Map<String, Object> flags = flags();
    if (!flags.isEmpty()) {
      spec.put("flags", flags);
    }
    spec.put("modules", modules);
    doc.put("spec", spec);
    return "# Imported by chartgen from environments/"
        + request.environment()
        + ".yaml: this environment's per-module overrides.\n"
        + YamlWriter.document(doc);
  }

  private String pom() {
    String artifact = "digit-" + request.environment().replaceAll("[^A-Za-z0-9_.-]", "-");
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <!-- Imported by chartgen from DIGIT's Helm values; see IMPORT-REPORT.md. -->
          <groupId>digit.platform</groupId>
          <artifactId>%s</artifactId>
          <version>1.0.0-SNAPSHOT</version>
          <packaging>pom</packaging>

          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>

          <build>
            <plugins>
              <plugin>
                <groupId>dev.chartgen</groupId>
                <artifactId>chartgen-maven-plugin</artifactId>
                <version>%s</version>
                <executions>
                  <execution>
                    <goals>
                      <goal>validate</goal>
                      <goal>generate</goal>
                    </goals>
                  </execution>
                  <execution>
                    <!-- lint at package, so that 'mvn package' generates and lints -->
                    <id>lint</id>
                    <phase>package</phase>
                    <goals>
                      <goal>lint</goal>
                    </goals>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(xml(artifact), xml(request.pluginVersion()));
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  JsonNode environment() {
    return environment;
  }
}
