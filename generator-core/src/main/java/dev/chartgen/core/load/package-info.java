/**
 * Loading descriptors: files to validated, bound, checked {@link
 * dev.chartgen.core.load.Descriptors}, or a {@link dev.chartgen.core.problem.DescriptorException}
 * listing every problem at once.
 */
package dev.chartgen.core.load;
