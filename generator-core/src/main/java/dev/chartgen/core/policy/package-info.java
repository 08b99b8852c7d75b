/**
 * The policy engine: every check of CHECKS.md as a rule with a stable id. Single-object rules are
 * JSON Schemas under schemas/policies (users add their own the same way); rules that compare
 * objects or fields are Java.
 */
package dev.chartgen.core.policy;
