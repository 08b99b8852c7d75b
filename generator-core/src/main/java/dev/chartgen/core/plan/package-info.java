/**
 * Planning: every decision about a chart (which objects exist, names, defaults, values) is made
 * here, in Java, and handed to templates as immutable views.
 */
package dev.chartgen.core.plan;
