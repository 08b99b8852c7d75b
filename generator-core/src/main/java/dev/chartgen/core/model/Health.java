package dev.chartgen.core.model;

/** Liveness, readiness and startup probes; any may be null. */
public record Health(Probe liveness, Probe readiness, Probe startup) {

  public static final Health NONE = new Health(null, null, null);
}
