package fr.passerelle.referral.changes;

import fr.passerelle.contracts.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed the Pôle emploi information system syncs from. */
@Path("/api/v1/referrals/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Change feed",
    description = "What changed in the referrals, for the Pôle emploi information system to sync")
@RolesAllowed({Roles.PE_SYSTEM, Roles.PE_ADVISOR, Roles.E2C_STAFF})
public class ChangeFeedResource {

  private final ChangeFeed feed;

  ChangeFeedResource(ChangeFeed feed) {
    this.feed = feed;
  }

  @GET
  @Operation(
      summary = "Read the changes of the referrals in the caller's scope",
      description =
          "Every change (submission, status change, transfer, milestone, message, anonymisation)"
              + " in order, from the position given in ?after= (the start when absent). Keep the"
              + " nextCursor and call again with it: no change is missed or repeated, also when"
              + " several writers commit at once. A change shows only once its transaction and"
              + " every earlier one have ended. No personal data: read the referral for that.")
  public ChangeApi.Changes changes(
      @QueryParam("after")
          @Size(max = ChangeApi.POSITION_MAX_LENGTH)
          @Parameter(description = "The nextCursor of the previous call; absent to start")
          String after,
      @QueryParam("limit")
          @DefaultValue("100")
          @Min(1)
          @Max(ChangeApi.MAX_CHANGES)
          @Parameter(description = "Changes per call, 1 to 1,000", example = "100")
          int limit) {
    return feed.after(after, limit);
  }
}
