/**
 * RFC 6901 JSON pointers: the one place that escapes and unescapes their tokens. Neutral support:
 * depends on nothing else in chartgen.
 */
package dev.chartgen.core.pointer;
