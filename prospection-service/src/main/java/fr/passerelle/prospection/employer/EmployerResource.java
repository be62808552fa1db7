package fr.passerelle.prospection.employer;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.prospection.employer.EmployerApi.EmployerRequest;
import fr.passerelle.prospection.employer.EmployerApi.EmployerView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Employers of the caller's territory. */
@Path("/api/v1/prospection/employers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Employers",
    description = "Establishments prospected by either network, one per SIRET, by territory")
public class EmployerResource {

  static final String EXAMPLE =
      """
      {"siret": "73282932000074", "name": "Boulangerie Fictive du Nord", "nafCode": "1071C",
       "headcountBand": "11", "street": "12 rue de la Gare", "communeCode": "59350",
       "postalCode": "59000", "romeCodes": ["D1102"]}
      """;

  private final EmployerService employers;

  EmployerResource(EmployerService employers) {
    this.employers = employers;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER})
  @Operation(
      summary = "Register an employer (company advisor or officer)",
      description =
          "An establishment of the caller's territory: its SIRET (Luhn-checked; the SIREN is"
              + " derived), name, NAF code (normalised to NN.NNL), INSEE headcount band, address and"
              + " INSEE commune (its department and position come from the commune reference; 422"
              + " outside-territory for a commune outside the caller's departments), ROME codes of"
              + " interest. One employer per SIRET: a SIRET registered already is a 409 with the"
              + " existing employer in Location and existingId, also under concurrent attempts."
              + " Publishes employer-registered.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = EmployerRequest.class),
              examples = @ExampleObject(name = "employer", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = EmployerView.class)))
  public Response register(@NotNull @Valid EmployerRequest request) {
    Versioned<EmployerView> employer = employers.register(request);
    return EntityTags.created(
        URI.create("/api/v1/prospection/employers/" + employer.view().id()), employer);
  }

  @GET
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Search the employers of the caller's territory",
      description =
          "By name or SIRET prefix (accents and case ignored), NAF code, headcount band,"
              + " department, around a commune within a radius, not contacted for N days, and who"
              + " leads them now (NOBODY, MY_NETWORK, OTHER_NETWORK). Ordered by name, then id;"
              + " cursor-paginated. An admin searches the whole country.")
  public Page<EmployerView> search(
      @Valid @BeanParam EmployerFilter filter, @Valid @BeanParam PageRequest page) {
    return employers.search(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Get an employer",
      description = "With its version as ETag. 404 outside the caller's territory.")
  @APIResponse(
      responseCode = "200",
      description = "The employer",
      content = @Content(schema = @Schema(implementation = EmployerView.class)))
  public Response get(@PathParam("id") UUID id) {
    return EntityTags.ok(employers.get(id));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER})
  @Operation(
      summary = "Update an employer (company advisor or officer)",
      description =
          "The whole establishment again, with If-Match (428 without it, 412 when stale). The"
              + " SIRET does not change (422 siret-fixed). 404 outside the caller's territory.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = EmployerView.class)))
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid EmployerRequest request) {
    return EntityTags.ok(employers.update(id, ifMatch, request));
  }
}
