package dev.chartgen.core.importer;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What every service's import shares.
 *
 * @param common the common chart's default values
 * @param globals the environment's {@code global} block
 * @param clusterConfigs the environment's {@code cluster-configs} block
 * @param releaseTags image tags from the release files, by repository
 * @param namespace the platform's default namespace
 * @param secretKeys key names of the environment's Secrets, by Secret (from its secrets file)
 */
record ImportContext(
    JsonNode common,
    JsonNode globals,
    JsonNode clusterConfigs,
    Map<String, String> releaseTags,
    String namespace,
    JsonNode secretKeys) {}
