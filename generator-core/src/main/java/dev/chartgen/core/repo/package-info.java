/**
 * Publishing: a Helm chart repository built reproducibly from the charts folder — one {@code .tgz}
 * per chart (sorted entries, fixed times and owners, a gzip header without time or name) and an
 * {@code index.yaml} whose times come from a stable source, never the clock — merged into an
 * existing index when one is given; and pushing archives to an OCI registry through embedded Helm.
 */
package dev.chartgen.core.repo;
