/**
 * chartgen's benchmarks (never part of the default build): {@link dev.chartgen.bench.ScaleBench}
 * measures each stage on synthetic platforms of any size, {@link dev.chartgen.bench.Summary}
 * compares two builds, {@link dev.chartgen.bench.NetworkGraphBench} times the platform-wide lint
 * rule CG045 alone; JMH benchmarks of the hot paths are in {@code dev.chartgen.bench.jmh}.
 */
package dev.chartgen.bench;
