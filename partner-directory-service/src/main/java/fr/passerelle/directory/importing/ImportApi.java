package fr.passerelle.directory.importing;

import fr.passerelle.directory.site.SiteApi;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of /api/v1/imports. */
public final class ImportApi {

  static final int FAILURE_MAX_LENGTH = 2000;
  static final int MAX_REASONS = 50;
  static final int REASON_MAX_LENGTH = 500;

  private ImportApi() {}

  @Schema(name = "Import", description = "A bulk import of sites and where it stands")
  public record ImportView(
      UUID id,
      ImportJob.Format format,
      @Schema(
              description =
                  "RUNNING, then COMPLETED, or FAILED with nothing imported (also when the"
                      + " service stopped during the import: `failure` says so)")
          ImportJob.Status status,
      @Schema(
              description = "Rows read so far (committed every 500 rows while running)",
              minimum = "0",
              maximum = Bounds.INT_MAX)
          int processed,
      @Schema(description = "Rows in the file, once known", minimum = "0", maximum = Bounds.INT_MAX)
          Integer totalRows,
      @Schema(minimum = "0", maximum = Bounds.INT_MAX) int created,
      @Schema(minimum = "0", maximum = Bounds.INT_MAX) int updated,
      @Schema(minimum = "0", maximum = Bounds.INT_MAX) int rejected,
      @Schema(description = "Why the whole import failed", maxLength = FAILURE_MAX_LENGTH)
          String failure,
      Instant startedAt,
      @Schema(description = "When it finished (absent while running)") Instant finishedAt) {

    public ImportView {
      failure = Bounds.truncate(failure, FAILURE_MAX_LENGTH);
    }

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
      @Schema(
              description = "Line in the CSV file (header is line 1), or rank in the JSON array",
              minimum = "0",
              maximum = Bounds.INT_MAX)
          int row,
      @Schema(
              description = "The row's site code as read (its first 64 characters), if it has one",
              maxLength = SiteApi.CODE_MAX_LENGTH)
          String siteCode,
      @Schema(
              example = "REJECTED",
              enumeration = {"CREATED", "UPDATED", "REJECTED"})
          String outcome,
      @Schema(
              description = "Why the row was rejected (the first " + MAX_REASONS + ")",
              example = "[\"postalCode: must be a valid French postal code\"]",
              maxItems = MAX_REASONS)
          List<@Size(max = REASON_MAX_LENGTH) String> reasons) {

    public RowView {
      siteCode = Bounds.truncate(siteCode, SiteApi.CODE_MAX_LENGTH);
      reasons =
          Bounds.firstOf(reasons == null ? List.<String>of() : reasons, MAX_REASONS).stream()
              .map(reason -> Bounds.truncate(reason, REASON_MAX_LENGTH))
              .toList();
    }
  }
}
