/**
 * Writing output crash-safely: each top-level unit (a chart folder, or a file) is staged whole and
 * swapped in by rename under a journal, so it is always entirely old or entirely new; changed units
 * only; the user's files are never deleted; nothing is changed when any check fails.
 */
package dev.chartgen.core.write;
