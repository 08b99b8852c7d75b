package dev.chartgen.core.model;

/** A policy rule switched off for this module, with the reason why. */
public record Waiver(String rule, String reason) {}
