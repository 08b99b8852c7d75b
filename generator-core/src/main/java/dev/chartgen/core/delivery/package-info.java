/**
 * Platform delivery: the platform's graph and rollout order, the platform chart (namespaces, shared
 * ConfigMaps, every referenced Secret), umbrella charts, helmfile.yaml and Argo CD applications.
 * Runs after the module charts are rendered, before anything is written.
 */
package dev.chartgen.core.delivery;
