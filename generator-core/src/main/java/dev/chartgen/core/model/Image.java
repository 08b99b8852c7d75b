package dev.chartgen.core.model;

/**
 * A container image as written in a descriptor.
 *
 * @param repository name with or without registry; a bare name (no '/') gets the platform registry
 * @param tag the tag, never "latest"
 * @param digest "sha256:…" to pin the image; wins over the tag when both are set
 * @param pullPolicy Always, IfNotPresent or Never; null for the default
 */
public record Image(String repository, String tag, String digest, String pullPolicy) {}
