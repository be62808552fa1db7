package fr.passerelle.directory.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of /api/v1/imports. */
public final class ImportApi {

  private ImportApi() {}

  @Schema(name = "Import", description = "A bulk import of sites and where it stands")
  public record ImportView(
      UUID id,
      ImportJob.Format format,
      @Schema(description = "RUNNING, then COMPLETED, or FAILED with nothing imported")
          ImportJob.Status status,
      @Schema(description = "Rows read so far (committed every 500 rows while running)")
          int processed,
      @Schema(description = "Rows in the file, once known") Integer totalRows,
      int created,
      int updated,
      int rejected,
      @Schema(description = "Why the whole import failed") String failure,
      Instant startedAt,
      Instant finishedAt) {

    static ImportView of(ImportJob job) {
      return new ImportView(
          job.id,
          job.format,
          job.status,
          job.processed,
          job.totalRows,
          job.created,
          job.updated,
          job.rejected,
          job.failure,
          job.startedAt,
          job.finishedAt);
    }
  }

  @Schema(name = "ImportRowReport", description = "What happened to one row of the file")
  public record RowView(
      @Schema(description = "Line in the CSV file (header is line 1), or rank in the JSON array")
          int row,
      String siteCode,
      @Schema(example = "REJECTED") String outcome,
      @Schema(example = "[\"postalCode: must be a valid French postal code\"]")
          List<String> reasons) {}
}
