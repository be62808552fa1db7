package fr.passerelle.prospection.importing;

import fr.passerelle.platform.identifiers.Siret;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of /api/v1/prospection/employer-imports. */
public final class ImportApi {

  private ImportApi() {}

  static final int FAILURE_MAX_LENGTH = 2000;
  static final int MAX_REASONS = 50;
  static final int REASON_MAX_LENGTH = 500;

  @Schema(name = "EmployerImportStarted", description = "Where to follow the import")
  public record Started(UUID id) {}

  @Schema(name = "EmployerImport", description = "A bulk import of employers and where it stands")
  public record ImportView(
      UUID id,
      @Schema(
              description =
                  "RUNNING, then COMPLETED, or FAILED with nothing imported (also when the"
                      + " service stopped during the import: `failure` says so)")
          EmployerImport.Status status,
      @Schema(
              description =
                  "The network the created employers are registered for (ADMIN for an admin's"
                      + " import)",
              example = "PE",
              maxLength = 8)
          String network,
      @Schema(
              description = "Rows read so far (committed every 1,000 rows while running)",
              minimum = "0",
              maximum = Bounds.INT_MAX)
          int processed,
      @Schema(description = "Rows in the file, once known", minimum = "0", maximum = Bounds.INT_MAX)
          Integer totalRows,
      @Schema(minimum = "0", maximum = Bounds.INT_MAX) int created,
      @Schema(minimum = "0", maximum = Bounds.INT_MAX) int updated,
      @Schema(minimum = "0", maximum = Bounds.INT_MAX) int refused,
      @Schema(description = "Why the whole import failed", maxLength = FAILURE_MAX_LENGTH)
          String failure,
      Instant startedAt,
      @Schema(description = "When it finished (absent while running)") Instant finishedAt) {

    public ImportView {
      failure = Bounds.truncate(failure, FAILURE_MAX_LENGTH);
    }

    static ImportView of(EmployerImport job) {
      return new ImportView(
          job.id,
          job.status,
          job.network,
          job.processed,
          job.totalRows,
          job.created,
          job.updated,
          job.refused,
          job.failure,
          job.startedAt,
          job.finishedAt);
    }
  }

  @Schema(name = "EmployerImportRow", description = "What happened to one row of the file")
  public record RowView(
      @Schema(
              description = "Line in the CSV file (the header is line 1)",
              example = "2",
              minimum = "0",
              maximum = Bounds.INT_MAX)
          int row,
      @Schema(
              description = "The row's SIRET as read (its first 14 characters), if it has one",
              example = "73282932000074",
              maxLength = Siret.MAX_LENGTH)
          String siret,
      @Schema(
              description = "CREATED, UPDATED or REFUSED",
              example = "REFUSED",
              enumeration = {"CREATED", "UPDATED", "REFUSED"})
          String outcome,
      @Schema(description = "The employer created or updated") UUID employerId,
      @Schema(
              description =
                  "Why the row was refused: the column, then the rule (the first "
                      + MAX_REASONS
                      + ")",
              example = "[\"commune_code: in department 62, outside the caller's territory\"]",
              maxItems = MAX_REASONS)
          List<@Size(max = REASON_MAX_LENGTH) String> reasons) {

    public RowView {
      siret = Bounds.truncate(siret, Siret.MAX_LENGTH);
      reasons =
          Bounds.firstOf(reasons == null ? List.<String>of() : reasons, MAX_REASONS).stream()
              .map(reason -> Bounds.truncate(reason, REASON_MAX_LENGTH))
              .toList();
    }
  }
}
