/**
 * Problems with the input and the exceptions chartgen throws. A {@link
 * dev.chartgen.core.problem.Problem} is one located mistake; a {@link
 * dev.chartgen.core.problem.DescriptorException} carries all of them at once.
 */
package dev.chartgen.core.problem;
