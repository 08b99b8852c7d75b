/**
 * JSON Schema validation (networknt) of descriptors and rendered objects, with every error turned
 * into a located, plain-words {@link dev.chartgen.core.problem.Problem}.
 */
package dev.chartgen.core.schema;
