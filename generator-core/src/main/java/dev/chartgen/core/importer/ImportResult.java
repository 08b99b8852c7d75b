package dev.chartgen.core.importer;

import java.util.List;

/**
 * What an import did.
 *
 * @param services every service, sorted by values file
 * @param files the project's files written, relative to the project folder, sorted
 * @param report the IMPORT-REPORT.md text
 * @param table the console table (one line per service, then the summary line)
 */
public record ImportResult(
    List<ServiceImport> services, List<String> files, String report, String table) {

  public ImportResult {
    services = List.copyOf(services);
    files = List.copyOf(files);
  }

  /** Services with the given status. */
  public long count(ServiceImport.Status status) {
    return services.stream().filter(s -> s.status() == status).count();
  }

  /** {@code imported=N with-notes=N refused=N}. */
  public String summary() {
    return "imported="
        + count(ServiceImport.Status.IMPORTED)
        + " with-notes="
        + count(ServiceImport.Status.WITH_NOTES)
        + " refused="
        + count(ServiceImport.Status.REFUSED);
  }
}
