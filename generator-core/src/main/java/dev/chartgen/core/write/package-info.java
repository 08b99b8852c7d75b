/** Writing output: changed files only, atomically, stale files removed only on success. */
package dev.chartgen.core.write;
