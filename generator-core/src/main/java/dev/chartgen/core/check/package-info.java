/**
 * Semantic checks that JSON Schema cannot express: uniqueness, references between modules,
 * quantities compared, cron schedules, and rules that depend on the workload kind.
 */
package dev.chartgen.core.check;
