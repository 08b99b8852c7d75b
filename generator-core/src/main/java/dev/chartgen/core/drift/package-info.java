/**
 * Comparing the committed charts folder with what the descriptors generate, in memory: which files
 * would be added, changed or removed, with their first differing lines; files the user put there
 * are reported and left alone. Reads only; writes nothing.
 */
package dev.chartgen.core.drift;
