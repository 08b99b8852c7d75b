/** JMH benchmarks of chartgen's hot paths (see bench/README.md for how to run them). */
package dev.chartgen.bench.jmh;
