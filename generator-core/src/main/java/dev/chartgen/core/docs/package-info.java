/** Reference documentation written from the schemas and rules, so docs never drift from code. */
package dev.chartgen.core.docs;
