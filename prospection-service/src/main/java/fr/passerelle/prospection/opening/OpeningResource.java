package fr.passerelle.prospection.opening;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.prospection.opening.OpeningApi.NearbyOpening;
import fr.passerelle.prospection.opening.OpeningApi.NearestSites;
import fr.passerelle.prospection.opening.OpeningApi.OpeningView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Openings of the caller's territory, and of every department for a partner system. */
@Path("/api/v1/prospection/openings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Openings", description = OpeningResource.TAG)
public class OpeningResource {

  static final String TAG =
      "Jobs, apprenticeships, company immersions (PMSMP) and internships that came out of the"
          + " contacts with employers: open, then filled, closed or expired; placed against the"
          + " E2C sites";

  private final OpeningService openings;

  OpeningResource(OpeningService openings) {
    this.openings = openings;
  }

  @GET
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN, Roles.PARTNER})
  @Operation(
      summary = "List openings",
      description =
          "The openings of the caller's territory (an admin's: all), filtered by status, kind,"
              + " department and ROME code; oldest first, then by id; cursor-paginated. A partner"
              + " system reads the OPEN openings of every department, without employerId,"
              + " contactId nor publishedBy (another status filter gives an empty page).")
  public Page<OpeningView> list(
      @Valid @BeanParam OpeningFilter filter, @Valid @BeanParam PageRequest page) {
    return openings.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Get an opening",
      description =
          "With its version as ETag. 404 outside the caller's territory; for a partner system,"
              + " 404 unless it is OPEN, and without employerId, contactId nor publishedBy.")
  @APIResponse(
      responseCode = "200",
      description = "The opening",
      content = @Content(schema = @Schema(implementation = OpeningView.class)))
  public Response get(@PathParam("id") UUID id) {
    return EntityTags.ok(openings.get(id));
  }

  @POST
  @Path("/{id}/fill")
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Mark an opening filled",
      description =
          "A company advisor or officer of its territory, or an admin. Only an OPEN opening is"
              + " filled (409 with its status otherwise). If-Match is optional: when sent, a stale"
              + " version is 412. Publishes opening-filled.")
  @APIResponse(
      responseCode = "200",
      description = "FILLED",
      content = @Content(schema = @Schema(implementation = OpeningView.class)))
  public Response fill(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return EntityTags.ok(openings.fill(id, ifMatch));
  }

  @POST
  @Path("/{id}/close")
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Close an opening unfilled",
      description =
          "A company advisor or officer of its territory, or an admin: the employer no longer"
              + " offers it. Only an OPEN opening is closed (409 with its status otherwise)."
              + " If-Match is optional: when sent, a stale version is 412. Publishes"
              + " opening-closed.")
  @APIResponse(
      responseCode = "200",
      description = "CLOSED",
      content = @Content(schema = @Schema(implementation = OpeningView.class)))
  public Response close(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return EntityTags.ok(openings.close(id, ifMatch));
  }

  @GET
  @Path("/{id}/nearest-sites")
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Nearest E2C sites of an opening",
      description =
          "The active E2C sites nearest to the opening's commune, whatever their department,"
              + " nearest first, with the great-circle distance in km (from the service's copy of"
              + " the directory's sites). limit 1–20 (default 5). 404 for an opening outside the"
              + " caller's territory.")
  public NearestSites nearestSites(
      @PathParam("id") UUID id,
      @QueryParam("limit")
          @DefaultValue("5")
          @Min(1)
          @Max(OpeningApi.MAX_NEAREST_SITES)
          @Parameter(description = "How many sites, 1–20", example = "5")
          int limit) {
    return openings.nearestSites(id, limit);
  }

  @GET
  @Path("/near-site/{siteId}")
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Open openings near an E2C site",
      description =
          "For the E2C teams looking for immersions: the OPEN openings of the caller's territory"
              + " within radiusKm (1–100, default 20) of the site, nearest first (then by id),"
              + " with the distance in km; optionally of one kind; cursor-paginated. The site must"
              + " be known from the directory and in the caller's territory or one of the"
              + " officer's own sites (404 otherwise).")
  public Page<NearbyOpening> nearSite(
      @PathParam("siteId") UUID siteId,
      @QueryParam("radiusKm")
          @DefaultValue("20")
          @Min(1)
          @Max(100)
          @Parameter(description = "Radius around the site, 1–100 km", example = "20")
          int radiusKm,
      @QueryParam("kind")
          @Parameter(description = "Only openings of this kind", example = "COMPANY_IMMERSION")
          OpeningKind kind,
      @Valid @BeanParam PageRequest page) {
    return openings.nearSite(siteId, radiusKm, kind, page);
  }
}
