/**
 * The per-environment stage: merges each environment file's overrides into the platform and the
 * modules, checks every override against what it targets (and the merged result with the module
 * checks again), and plans each environment's values files: only what differs from the charts'
 * defaults. Runs after planning, before rendering.
 */
package dev.chartgen.core.environment;
