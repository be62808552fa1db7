package fr.passerelle.directory.referent;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.DirectoryReader;
import fr.passerelle.directory.referent.ReferentApi.ReferentRequest;
import fr.passerelle.directory.referent.ReferentApi.ReferentView;
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

@Path("/api/v1/referents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referents", description = "Named contacts of sites and agencies")
public class ReferentResource {

  private final ReferentService referents;

  ReferentResource(ReferentService referents) {
    this.referents = referents;
  }

  @GET
  @RolesAllowed(DirectoryReader.ROLE)
  @Operation(summary = "List referents", description = "Optionally of one site or one agency.")
  public Page<ReferentView> list(
      @BeanParam SiteOrAgencyFilter filter, @Valid @BeanParam PageRequest page) {
    return referents.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(DirectoryReader.ROLE)
  @Operation(summary = "Get a referent", description = "With its version as ETag.")
  @APIResponseSchema(
      value = ReferentView.class,
      responseCode = "200",
      responseDescription = "The referent, ETag = its version")
  public Response get(@PathParam("id") UUID id) {
    ReferentView referent = referents.get(id);
    return EntityTags.ok(referent, referent.version());
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN, Roles.E2C_STAFF})
  @Operation(
      summary = "Create a referent",
      description =
          "Directory admins for any site or agency; E2C staff for their own sites (404 for"
              + " another site). Publishes referent-created (ids, function, department and region;"
              + " never the name or contact details).")
  @APIResponseSchema(
      value = ReferentView.class,
      responseCode = "201",
      responseDescription = "Created; Location and ETag set")
  public Response create(@Valid @NotNull ReferentRequest request) {
    ReferentView referent = referents.create(request);
    return EntityTags.created(
        URI.create("/api/v1/referents/" + referent.id()), referent, referent.version());
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN, Roles.E2C_STAFF})
  @Operation(
      summary = "Update a referent",
      description =
          "If-Match required. E2C staff only for their own sites' referents (else 404). Publishes"
              + " referent-updated, or referent-removed when active turns from true to false (the"
              + " referent leaves the active contacts; it still reads).")
  @APIResponseSchema(
      value = ReferentView.class,
      responseCode = "200",
      responseDescription = "Updated; new ETag")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ReferentRequest request) {
    ReferentView referent = referents.update(id, ifMatch, request);
    return EntityTags.ok(referent, referent.version());
  }
}
