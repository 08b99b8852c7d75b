/**
 * Kubernetes quantities and JVM memory options as numbers. Neutral support: the checks of
 * descriptors and of rendered objects both compare quantities.
 */
package dev.chartgen.core.quantity;
