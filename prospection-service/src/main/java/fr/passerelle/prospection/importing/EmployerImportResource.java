package fr.passerelle.prospection.importing;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.prospection.importing.ImportApi.ImportView;
import fr.passerelle.prospection.importing.ImportApi.RowView;
import fr.passerelle.prospection.importing.ImportApi.Started;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk imports of employers from a SIRENE-style CSV extract. */
@Path("/api/v1/prospection/employer-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Employer imports",
    description =
        "Bulk upsert of employers by SIRET from a SIRENE-style CSV extract, with progress and a"
            + " per-row report")
@RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
public class EmployerImportResource {

  /**
   * The longest file: the HTTP body limit (Quarkus' default {@code max-body-size}, 10 MiB), which
   * refuses a longer body before it is read (413).
   */
  static final int MAX_FILE_LENGTH = 10 * 1024 * 1024;

  static final String CSV_EXAMPLE =
      "siret,name,naf_code,headcount_band,street,postal_code,commune_code\n"
          + "73282932000074,Boulangerie Fictive du Nord,10.71C,11,12 rue de la Gare,59000,59350\n";

  static final String SIRENE_EXAMPLE =
      "siret,enseigne1Etablissement,activitePrincipaleEtablissement,trancheEffectifsEtablissement,"
          + "numeroVoieEtablissement,typeVoieEtablissement,libelleVoieEtablissement,"
          + "codePostalEtablissement,codeCommuneEtablissement,etatAdministratifEtablissement\n"
          + "73282932000074,BOULANGERIE FICTIVE DU NORD,10.71C,11,12,RUE,DE LA GARE,59000,59350,A\n";

  private final EmployerImportService imports;

  EmployerImportResource(EmployerImportService imports) {
    this.imports = imports;
  }

  @POST
  @Consumes("text/csv")
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Operation(
      summary = "Import employers from a SIRENE-style CSV extract",
      description =
          "Company advisors and officers import into their territory, admins anywhere (their"
              + " employers are registered for network ADMIN). UTF-8, comma- or"
              + " semicolon-separated, with a header line: siret, name, naf_code, headcount_band"
              + " (INSEE tranche d'effectif code), street, postal_code, commune_code (INSEE); or"
              + " SIRENE's own column names (siret, enseigne1Etablissement /"
              + " denominationUsuelleEtablissement / denominationUniteLegale,"
              + " activitePrincipaleEtablissement, trancheEffectifsEtablissement,"
              + " numeroVoieEtablissement + indiceRepetitionEtablissement + typeVoieEtablissement"
              + " + libelleVoieEtablissement, codePostalEtablissement, codeCommuneEtablissement,"
              + " etatAdministratifEtablissement). Answers 202 at once with the import to poll."
              + " Each row is checked with the rules of POST /employers: a new SIRET is CREATED"
              + " (publishes employer-registered), a SIRET registered in the caller's territory is"
              + " UPDATED (name, NAF, band, street and commune; an empty cell keeps the current"
              + " value), and a row is REFUSED with its reasons: invalid SIRET, unknown commune,"
              + " postal code of another commune, commune or registered employer outside the"
              + " caller's territory, SIRET repeated in the file, closed establishment. A fault"
              + " of the file (not CSV, a required column missing, a line that breaks off)"
              + " imports nothing.")
  @RequestBody(
      content =
          @Content(
              mediaType = "text/csv",
              examples = {
                @ExampleObject(name = "columns", value = CSV_EXAMPLE),
                @ExampleObject(name = "sirene", value = SIRENE_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "202",
      description = "Import started; poll the Location",
      content = @Content(schema = @Schema(implementation = Started.class)))
  public Response importCsv(@NotBlank @Size(max = MAX_FILE_LENGTH) String file) {
    UUID id = imports.start(file);
    return Response.accepted()
        .location(URI.create("/api/v1/prospection/employer-imports/" + id))
        .entity(new Started(id))
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Progress and outcome of an employer import",
      description =
          "Poll while RUNNING. Seen by the one who submitted it and by admins (404 otherwise).")
  @APIResponse(
      responseCode = "200",
      description = "The import",
      content = @Content(schema = @Schema(implementation = ImportView.class)))
  public ImportView get(@PathParam("id") UUID id) {
    return imports.get(id);
  }

  @GET
  @Path("/{id}/rows")
  @Operation(
      summary = "Per-row report of an employer import",
      description =
          "Each row in file order: CREATED or UPDATED with the employer, or REFUSED with the"
              + " reasons (the column, then the rule); filter by outcome; cursor-paginated. Seen by"
              + " the one who submitted it and by admins (404 otherwise).")
  public Page<RowView> rows(
      @PathParam("id") UUID id,
      @QueryParam("outcome")
          @Parameter(
              description = "CREATED, UPDATED or REFUSED",
              example = "REFUSED",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"CREATED", "UPDATED", "REFUSED"}))
          String outcome,
      @Valid @BeanParam PageRequest page) {
    return imports.rows(id, outcome, page);
  }
}
