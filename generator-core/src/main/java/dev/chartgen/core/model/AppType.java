package dev.chartgen.core.model;

import java.util.Locale;

/** Conventions applied to a module's main container. */
public enum AppType {
  /** DIGIT Spring Boot service: shared datasource, Kafka and tracing env, JAVA_OPTS from heap. */
  JAVA_SPRING("java-spring"),
  /** A Node.js service. */
  NODE("node"),
  /** A web front-end served by a web server (nginx). */
  WEB("web"),
  /** Anything else: no conventions. */
  GENERIC("generic");

  private final String id;

  AppType(String id) {
    this.id = id;
  }

  /** The name used in descriptors. */
  public String id() {
    return id;
  }

  public static AppType fromId(String id) {
    for (AppType type : values()) {
      if (type.id.equals(id)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown appType " + id);
  }

  @Override
  public String toString() {
    return id.toLowerCase(Locale.ROOT);
  }
}
