package fr.passerelle.referral.timeline;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.referral.timeline.TimelineApi.EntryView;
import fr.passerelle.referral.timeline.TimelineApi.Post;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shared timeline of a referral: messages and notes seen by both networks. */
@Path("/api/v1/referrals/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Timeline",
    description = "The shared timeline of a referral: messages and notes seen by both networks")
@RolesAllowed({Roles.PE_ADVISOR, Roles.PE_SYSTEM, Roles.E2C_STAFF})
public class TimelineResource {

  private final TimelineService timeline;

  TimelineResource(TimelineService timeline) {
    this.timeline = timeline;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Operation(
      summary = "Post a message or a note",
      description =
          "Seen by the advisor's agency and the E2C site alike. 4,000 characters; a NIR is"
              + " refused (400). Not on an anonymised referral (422).")
  @APIResponse(
      responseCode = "201",
      description = "Posted",
      content = @Content(schema = @Schema(implementation = EntryView.class)))
  public Response post(@PathParam("id") UUID id, @NotNull @Valid Post post) {
    EntryView entry = timeline.post(id, post);
    return Response.created(URI.create("/api/v1/referrals/" + id + "/timeline/" + entry.id()))
        .entity(entry)
        .build();
  }

  @GET
  @Operation(summary = "Read the timeline", description = "Oldest first; the read is logged.")
  public Page<EntryView> read(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
    return timeline.read(id, page);
  }
}
