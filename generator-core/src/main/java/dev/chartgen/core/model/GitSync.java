package dev.chartgen.core.model;

/**
 * DIGIT's git-sync init container: clones a config repository into a shared folder once.
 *
 * @param repo SSH or HTTPS URL of the repository
 * @param branch the branch to check out
 * @param secret the Secret with the SSH key and known hosts (keys: the platform's gitSync
 *     settings); default from the platform ({@code git-creds})
 * @param mountPath where the checkout appears in the main container (default /work-dir)
 */
public record GitSync(
    String repo, String branch, String secret, String mountPath, Resources resources) {}
