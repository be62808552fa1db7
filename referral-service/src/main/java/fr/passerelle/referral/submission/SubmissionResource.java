package fr.passerelle.referral.submission;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.referral.dossier.ReferralApi.ReferralView;
import fr.passerelle.referral.submission.SubmissionApi.BulkResult;
import fr.passerelle.referral.submission.SubmissionApi.BulkSubmission;
import fr.passerelle.referral.submission.SubmissionApi.SubmitReferral;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Submitting referrals: one by one (advisors, the Pôle emploi system) or in bulk (the system). */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class SubmissionResource {

  static final String EXAMPLE =
      """
      {"externalRef": "PE-2026-000123", "agencySafir": "59021",
       "youngPerson": {"firstName": "Camille", "lastName": "Martin", "birthDate": "2007-04-12",
         "communeCode": "59350", "franceTravailId": "12345678901",
         "contact": {"phone": "+33612345678", "preferredChannel": "SMS"},
         "highestQualification": "NONE", "activity": "NONE"},
       "diagnostic": {"barriers": ["MOBILITY", "HOUSING"],
         "summary": "Sortie du lycée professionnel en 1re année, souhaite se remobiliser.",
         "projectIdea": "Travailler dans la logistique", "romeCodes": ["N1103"]},
       "consent": {"givenOn": "2026-11-27", "method": "IN_INTERVIEW"},
       "siteId": "7f0c6a8e-55a4-4e8b-9d38-2f1c1c1e5a01"}
      """;

  private final SubmissionService submissions;
  private final BulkSubmissionService bulk;

  SubmissionResource(SubmissionService submissions, BulkSubmissionService bulk) {
    this.submissions = submissions;
    this.bulk = bulk;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_ADVISOR, Roles.PE_SYSTEM})
  @Operation(
      summary = "Submit a referral",
      description =
          "After a diagnostic, an advisor (for their agency) or the Pôle emploi system (on an"
              + " advisor's behalf, with its externalRef) refers a young person to an active E2C"
              + " site, optionally booking a seat in one of its information sessions. The young"
              + " person's consent to the referral is recorded (required). Eligibility (from the"
              + " agreement: no qualification at CAP/BEP level or above, not in employment or"
              + " training, at least one barrier named by the diagnostic; from E2C practice: age"
              + " 16–25) is checked: 422 not-eligible with the reasons unless an override is"
              + " justified. The Pôle emploi system names an agency the directory knows. A"
              + " value that looks like a NIR, in any field, is refused (400). Retry with the same"
              + " Idempotency-Key: never a second referral. Publishes referral-submitted.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = SubmitReferral.class),
              examples = @ExampleObject(name = "referral", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Submitted",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response submit(@NotNull @Valid SubmitReferral request) {
    Versioned<ReferralView> referral = submissions.submit(request);
    return EntityTags.created(URI.create("/api/v1/referrals/" + referral.view().id()), referral);
  }

  @POST
  @Path("/bulk")
  @RolesAllowed(Roles.PE_SYSTEM)
  @Operation(
      summary = "Submit up to 500 referrals at once",
      description =
          "Each item is submitted on its own, with the same rules as a single submission, and"
              + " gets its own result: CREATED (201), ALREADY_SUBMITTED (200, the externalRef was"
              + " used before: sending a batch again is safe) or REJECTED with its problem (an"
              + " unexpected failure of one item is that item's 500, the others stand). Every"
              + " item needs an externalRef. A batch booking more than 8 session seats is refused"
              + " whole, before any item is submitted (422 bulk-too-many-seats): each booking may"
              + " wait for the directory, and the batch must finish within the gateway's 30 s.")
  @APIResponse(
      responseCode = "200",
      description = "One result per item, in the request's order",
      content = @Content(schema = @Schema(implementation = BulkResult.class)))
  public BulkResult submitBulk(
      @NotNull @Valid BulkSubmission request, @Context HttpServerRequest http) {
    return bulk.submit(request.referrals(), http.path());
  }
}
