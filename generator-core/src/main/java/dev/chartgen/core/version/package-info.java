/**
 * Chart versions that follow content: a digest of each chart's files (without its version), the
 * lock file that records which version each content was given ({@value
 * dev.chartgen.core.version.LockFile#NAME}, committed beside the charts), and the rule that gives a
 * changed chart its next version. Runs after rendering and before writing or comparing.
 */
package dev.chartgen.core.version;
