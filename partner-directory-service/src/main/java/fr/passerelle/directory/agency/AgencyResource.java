package fr.passerelle.directory.agency;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.DirectoryReader;
import fr.passerelle.directory.agency.AgencyApi.AgencyRequest;
import fr.passerelle.directory.agency.AgencyApi.AgencyView;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "Pôle emploi / France Travail agencies")
public class AgencyResource {

  private final AgencyService agencies;

  AgencyResource(AgencyService agencies) {
    this.agencies = agencies;
  }

  @GET
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(summary = "List agencies", description = "Optionally of one department; by id.")
  public Page<AgencyView> list(
      @Valid @BeanParam AgencyFilter filter, @Valid @BeanParam PageRequest page) {
    return agencies.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(summary = "Get an agency", description = "With its version as ETag.")
  @APIResponseSchema(
      value = AgencyView.class,
      responseCode = "200",
      responseDescription = "The agency, ETag = its version")
  public Response get(@PathParam("id") UUID id) {
    AgencyView agency = agencies.get(id);
    return EntityTags.ok(agency, agency.version());
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "Create an agency",
      description = "Directory admins only; SAFIR code unique (409). Publishes agency-upserted.")
  @APIResponseSchema(
      value = AgencyView.class,
      responseCode = "201",
      responseDescription = "Created; Location and ETag set")
  public Response create(@Valid @NotNull AgencyRequest request) {
    AgencyView agency = agencies.create(request);
    return EntityTags.created(
        URI.create("/api/v1/agencies/" + agency.id()), agency, agency.version());
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "Update an agency",
      description = "Directory admins only; If-Match required. Publishes agency-upserted.")
  @APIResponseSchema(
      value = AgencyView.class,
      responseCode = "200",
      responseDescription = "Updated; new ETag")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull AgencyRequest request) {
    AgencyView agency = agencies.update(id, ifMatch, request);
    return EntityTags.ok(agency, agency.version());
  }
}
