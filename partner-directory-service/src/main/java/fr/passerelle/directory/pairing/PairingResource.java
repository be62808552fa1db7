package fr.passerelle.directory.pairing;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.DirectoryReader;
import fr.passerelle.directory.pairing.PairingApi.PairingRequest;
import fr.passerelle.directory.pairing.PairingApi.PairingView;
import fr.passerelle.directory.support.SiteOrAgencyFilter;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/pairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pairings", description = "The map of local partnerships between agencies and sites")
public class PairingResource {

  private final PairingService pairings;

  PairingResource(PairingService pairings) {
    this.pairings = pairings;
  }

  @GET
  @RolesAllowed(DirectoryReader.ROLE)
  @Operation(summary = "List pairings", description = "Optionally of one site or one agency.")
  public Page<PairingView> list(
      @BeanParam SiteOrAgencyFilter filter, @Valid @BeanParam PageRequest page) {
    return pairings.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(DirectoryReader.ROLE)
  @Operation(summary = "Get a pairing", description = "With its version as ETag.")
  @APIResponseSchema(
      value = PairingView.class,
      responseCode = "200",
      responseDescription = "The pairing, ETag = its version")
  public Response get(@PathParam("id") UUID id) {
    PairingView pairing = pairings.get(id);
    return EntityTags.ok(pairing, pairing.version());
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "Pair an agency with a site",
      description = "Directory admins only; one pairing per agency and site (409).")
  @APIResponseSchema(
      value = PairingView.class,
      responseCode = "201",
      responseDescription = "Created; Location and ETag set")
  public Response create(@Valid @NotNull PairingRequest request) {
    PairingView pairing = pairings.create(request);
    return EntityTags.created(
        URI.create("/api/v1/pairings/" + pairing.id()), pairing, pairing.version());
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(summary = "Update a pairing", description = "Directory admins only; If-Match.")
  @APIResponseSchema(
      value = PairingView.class,
      responseCode = "200",
      responseDescription = "Updated; new ETag")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PairingRequest request) {
    PairingView pairing = pairings.update(id, ifMatch, request);
    return EntityTags.ok(pairing, pairing.version());
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(summary = "End a pairing", description = "Directory admins only.")
  public Response delete(@PathParam("id") UUID id) {
    pairings.delete(id);
    return Response.noContent().build();
  }
}
