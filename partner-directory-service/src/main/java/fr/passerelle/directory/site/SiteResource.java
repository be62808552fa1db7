package fr.passerelle.directory.site;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.DirectoryReader;
import fr.passerelle.directory.site.SiteApi.SiteRequest;
import fr.passerelle.directory.site.SiteApi.SiteView;
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

@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sites", description = "Where young people go: the sites of the E2C schools")
public class SiteResource {

  private final SiteService sites;

  SiteResource(SiteService sites) {
    this.sites = sites;
  }

  @GET
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(
      summary = "List sites",
      description =
          "Filter by region, department, status, sector, or sites with a scheduled session with"
              + " free seats in the next N days. Ordered by id, cursor-paginated.")
  public Page<SiteView> list(
      @Valid @BeanParam SiteFilter filter, @Valid @BeanParam PageRequest page) {
    return sites.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(summary = "Get a site", description = "With its version as ETag.")
  @APIResponseSchema(
      value = SiteView.class,
      responseCode = "200",
      responseDescription = "The site, ETag = its version")
  public Response get(@PathParam("id") UUID id) {
    SiteView site = sites.get(id);
    return EntityTags.ok(site, site.version());
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "Create a site",
      description =
          "Directory admins only. Department and region are derived from the commune, and"
              + " coordinates too when not given. Publishes site-created.")
  @APIResponseSchema(
      value = SiteView.class,
      responseCode = "201",
      responseDescription = "Created; Location and ETag set")
  public Response create(@Valid @NotNull SiteRequest request) {
    SiteView site = sites.create(request);
    return EntityTags.created(URI.create("/api/v1/sites/" + site.id()), site, site.version());
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "Update a site",
      description =
          "Directory admins only; If-Match required. Setting status CLOSED publishes site-closed,"
              + " any other change site-updated.")
  @APIResponseSchema(
      value = SiteView.class,
      responseCode = "200",
      responseDescription = "Updated; new ETag")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SiteRequest request) {
    SiteView site = sites.update(id, ifMatch, request);
    return EntityTags.ok(site, site.version());
  }
}
