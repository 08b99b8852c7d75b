/**
 * Importing an existing DIGIT deployment (values files of DIGIT's shared {@code common} chart, an
 * environment file, release files, cluster-configs) into a chartgen project: a platform file, one
 * descriptor per service, an environment file and a report that accounts for every values key.
 *
 * <p>The entry point is {@link dev.chartgen.core.importer.DigitImporter}. Nothing here knows Maven;
 * DIGIT's template strings are read by a small evaluator ({@link
 * dev.chartgen.core.importer.TemplateText}) that understands the expressions DIGIT's values use and
 * refuses, with a located line, everything else.
 */
package dev.chartgen.core.importer;
