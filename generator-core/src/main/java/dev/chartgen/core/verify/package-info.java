/**
 * Verification of generated charts with real parts: embedded Helm lint and template, and strict
 * parsing of every rendered object with the official Kubernetes client models.
 */
package dev.chartgen.core.verify;
