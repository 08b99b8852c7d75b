package dev.chartgen.core.model;

/** A HorizontalPodAutoscaler (autoscaling/v2). */
public record Autoscaling(
    Integer minReplicas,
    Integer maxReplicas,
    Integer targetCPUUtilization,
    Integer targetMemoryUtilization) {}
