package fr.passerelle.referral.dossier;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.referral.dossier.ReferralApi.ReferralView;
import fr.passerelle.referral.privacy.AccessPurpose;
import fr.passerelle.referral.privacy.PersonalDataReads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading referrals: each caller within their scope, every read written to the access log. */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Referrals",
    description =
        "Referrals of young people from a Pôle emploi diagnostic to an E2C site: submission,"
            + " single or in bulk, and reading within the caller's scope")
@RolesAllowed({Roles.PE_ADVISOR, Roles.PE_SYSTEM, Roles.E2C_STAFF})
public class ReferralResource {

  private final ReferralQueries queries;

  ReferralResource(ReferralQueries queries) {
    this.queries = queries;
  }

  @GET
  @Operation(
      summary = "List the referrals in the caller's scope",
      description =
          "An advisor sees their agency's referrals, E2C staff their sites', the Pôle emploi"
              + " system those it submitted. Oldest first, cursor-paginated. Every referral"
              + " returned is written to the access log.")
  @Parameter(
      name = PersonalDataReads.PURPOSE_HEADER,
      in = ParameterIn.HEADER,
      schema = @Schema(type = SchemaType.STRING, maxLength = AccessPurpose.MAX_LENGTH),
      description = AccessPurpose.DESCRIPTION,
      example = "weekly review of new referrals")
  public Page<ReferralView> list(
      @BeanParam ReferralFilter filter, @Valid @BeanParam PageRequest page) {
    return queries.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Get a referral",
      description =
          "With the young person's data (until anonymised) and the actions allowed next. 404"
              + " outside the caller's scope. The read is written to the access log.")
  @Parameter(
      name = PersonalDataReads.PURPOSE_HEADER,
      in = ParameterIn.HEADER,
      schema = @Schema(type = SchemaType.STRING, maxLength = AccessPurpose.MAX_LENGTH),
      description = AccessPurpose.DESCRIPTION,
      example = "preparing the information session")
  @APIResponse(
      responseCode = "200",
      description = "The referral, its version as ETag",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response get(@PathParam("id") UUID id) {
    return EntityTags.ok(queries.get(id));
  }
}
