/**
 * Incremental runs: fingerprints of a run's inputs ({@link dev.chartgen.core.incremental.Digest},
 * {@link dev.chartgen.core.incremental.Inputs}), the state kept between runs under the build's
 * target folder ({@link dev.chartgen.core.incremental.GenerateState}, never in the output folder),
 * and what the output folder held when it was last written ({@link
 * dev.chartgen.core.incremental.OutputSnapshot}). A run whose fingerprints match does no work; a
 * run with one changed descriptor renders only the charts that depend on it.
 */
package dev.chartgen.core.incremental;
