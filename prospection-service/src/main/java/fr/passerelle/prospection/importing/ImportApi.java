package fr.passerelle.prospection.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of /api/v1/prospection/employer-imports. */
public final class ImportApi {

  private ImportApi() {}

  @Schema(name = "EmployerImportStarted", description = "Where to follow the import")
  public record Started(UUID id) {}

  @Schema(name = "EmployerImport", description = "A bulk import of employers and where it stands")
  public record ImportView(
      UUID id,
      @Schema(description = "RUNNING, then COMPLETED, or FAILED with nothing imported")
          EmployerImport.Status status,
      @Schema(
              description =
                  "The network the created employers are registered for (ADMIN for an admin's"
                      + " import)",
              example = "PE")
          String network,
      @Schema(description = "Rows read so far (committed every 1,000 rows while running)")
          int processed,
      @Schema(description = "Rows in the file, once known") Integer totalRows,
      int created,
      int updated,
      int refused,
      @Schema(description = "Why the whole import failed") String failure,
      Instant startedAt,
      Instant finishedAt) {

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
      @Schema(description = "Line in the CSV file (the header is line 1)", example = "2") int row,
      @Schema(example = "73282932000074") String siret,
      @Schema(description = "CREATED, UPDATED or REFUSED", example = "REFUSED") String outcome,
      @Schema(description = "The employer created or updated") UUID employerId,
      @Schema(
              description = "Why the row was refused: the column, then the rule",
              example = "[\"commune_code: in department 62, outside the caller's territory\"]")
          List<String> reasons) {}
}
