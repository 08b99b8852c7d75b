/**
 * The chartgen Maven goals: thin adapters that turn parameters into a core request and core results
 * and exceptions into log lines, BUILD FAILURE (bad input) or BUILD ERROR (faults).
 */
package dev.chartgen.maven;
