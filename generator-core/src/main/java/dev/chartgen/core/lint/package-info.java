/**
 * Linting generated charts: embedded Helm, Kubernetes API versions, strict model parsing, the
 * policy engine and waivers, with console, SARIF and JUnit XML reports.
 */
package dev.chartgen.core.lint;
