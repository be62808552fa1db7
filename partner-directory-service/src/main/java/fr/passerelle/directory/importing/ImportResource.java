package fr.passerelle.directory.importing;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.importing.ImportApi.ImportView;
import fr.passerelle.directory.importing.ImportApi.RowView;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Imports",
    description =
        "Bulk upsert of sites by code from the network's CSV export or data·inclusion v1"
            + " structures")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
public class ImportResource {

  /**
   * The longest file: the HTTP body limit (Quarkus' default {@code max-body-size}, 10 MiB), which
   * refuses a longer body before it is read (413).
   */
  static final int MAX_FILE_LENGTH = 10 * 1024 * 1024;

  private static final String CSV_EXAMPLE =
      "site_code,school_siret,school_name,site_name,street,commune_code,postal_code,latitude,"
          + "longitude,phone,email,opening_hours,accessibility,yearly_capacity,sectors,status\n"
          + "e2c-lille-fives,13000548100010,E2C Grand Lille,E2C Lille Fives,12 rue Pierre Legrand,"
          + "59350,59000,,,+33320123456,contact@e2c-lille.example,Mo-Fr 09:00-17:00,,180,"
          + "logistique;commerce,ACTIVE\n";

  private final SiteImporter importer;
  private final ImportService imports;
  private final Caller caller;

  ImportResource(SiteImporter importer, ImportService imports, Caller caller) {
    this.importer = importer;
    this.imports = imports;
    this.caller = caller;
  }

  @POST
  @Consumes("text/csv")
  @Operation(
      summary = "Import sites from CSV",
      description =
          "Directory admins. Upserts sites by site_code (schools by SIRET, created when new)."
              + " Answers 202 at once with the job to poll; rejected rows are reported with their"
              + " reasons, and a fault of the file imports nothing.")
  @RequestBody(
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = "text/csv",
              example = CSV_EXAMPLE))
  @APIResponseSchema(
      value = Started.class,
      responseCode = "202",
      responseDescription = "Import started; poll the Location")
  public Response importCsv(@NotBlank @Size(max = MAX_FILE_LENGTH) String file) {
    return accepted(
        importer.start(ImportJob.Format.CSV, () -> new StringReader(file), caller.actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import sites from data·inclusion v1 structures",
      description =
          "A JSON array of data·inclusion v1 structures of the E2C network (reseaux_porteurs"
              + " contains ecoles-de-la-deuxieme-chance); id becomes the site code and siret"
              + " names the school. Same report and guarantees as the CSV import.")
  @APIResponseSchema(
      value = Started.class,
      responseCode = "202",
      responseDescription = "Import started; poll the Location")
  public Response importDataInclusion(@NotBlank @Size(max = MAX_FILE_LENGTH) String file) {
    return accepted(
        importer.start(
            ImportJob.Format.DATA_INCLUSION, () -> new StringReader(file), caller.actor()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Progress and outcome of an import", description = "Poll while RUNNING.")
  public ImportView get(@PathParam("id") UUID id) {
    return imports.get(id);
  }

  @GET
  @Path("/{id}/rows")
  @Operation(
      summary = "Per-row report of an import",
      description = "Each row: CREATED, UPDATED or REJECTED with the reasons; filter by outcome.")
  public Page<RowView> rows(
      @PathParam("id") UUID id,
      @QueryParam("outcome")
          @Parameter(
              description = "Only the rows with this outcome",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"CREATED", "UPDATED", "REJECTED"}))
          String outcome,
      @Valid @BeanParam PageRequest page) {
    return imports.rows(id, outcome, page);
  }

  private static Response accepted(UUID job) {
    return Response.accepted()
        .location(URI.create("/api/v1/imports/" + job))
        .entity(new Started(job))
        .build();
  }

  /** The 202 body: where to poll. */
  public record Started(UUID id) {}
}
