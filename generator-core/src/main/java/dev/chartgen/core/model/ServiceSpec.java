package dev.chartgen.core.model;

import java.util.Map;

/**
 * The Service in front of the pods (only when ports are declared).
 *
 * @param type ClusterIP (default), NodePort or LoadBalancer
 * @param annotations extra annotations
 */
public record ServiceSpec(String type, Map<String, String> annotations) {

  public static final ServiceSpec DEFAULT = new ServiceSpec(null, null);

  public ServiceSpec {
    type = type == null ? "ClusterIP" : type;
    annotations = Lists.copy(annotations);
  }
}
