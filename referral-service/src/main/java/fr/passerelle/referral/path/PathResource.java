package fr.passerelle.referral.path;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.referral.path.PathApi.Admission;
import fr.passerelle.referral.path.PathApi.AttendanceRecord;
import fr.passerelle.referral.path.PathApi.Comment;
import fr.passerelle.referral.path.PathApi.Decline;
import fr.passerelle.referral.path.PathApi.Exit;
import fr.passerelle.referral.path.PathApi.Invitation;
import fr.passerelle.referral.path.PathApi.PathStart;
import fr.passerelle.referral.path.PathApi.Transfer;
import fr.passerelle.referral.path.PathApi.TransitionView;
import fr.passerelle.referral.path.PathApi.Withdrawal;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The path's moves. Each answers the referral with its new version, or 409 with the actions its
 * status allows. {@code If-Match} is optional: given, a stale version is refused with 412.
 */
@Path("/api/v1/referrals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Path",
    description =
        "The young person's path from submission to an exit: the moves of the state machine,"
            + " their transition log, and the milestones of a path in progress")
@RolesAllowed({Roles.PE_ADVISOR, Roles.PE_SYSTEM, Roles.E2C_STAFF})
public class PathResource {

  private final PathService path;

  PathResource(PathService path) {
    this.path = path;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/open")
  @Operation(
      summary = "Open a submitted referral (E2C)",
      description = "SUBMITTED → UNDER_REVIEW: the E2C site has seen it.")
  public Response open(@BeanParam MoveTarget target, @Valid Comment body) {
    return EntityTags.ok(path.open(target, body == null ? null : body.comment()));
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/invitation")
  @Operation(
      summary = "Invite to an information session (E2C)",
      description =
          "UNDER_REVIEW, EXCUSED or NO_SHOW → INVITED. Books the seat in the directory under the"
              + " referral id (the seat booked at submission when no session is named, confirmed"
              + " again). A full, cancelled, started or past session is a 409 carried back from"
              + " the directory, whatever the seat's history; a directory that does not answer in"
              + " time a 503. When the directory later cancels the session, the referral goes"
              + " back to UNDER_REVIEW by itself (action UNINVITE, reason SESSION_CANCELLED) and"
              + " shows sessionCancelledAt: to invite again.")
  public Response invite(@BeanParam MoveTarget target, @NotNull @Valid Invitation body) {
    return EntityTags.ok(path.invite(target, body));
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/attendance")
  @Operation(
      summary = "Record attendance at the information session (E2C)",
      description =
          "INVITED → ATTENDED (SEEN), EXCUSED, NO_SHOW (NOSHOW), or back to UNDER_REVIEW with the"
              + " seat released (REVOKED). Only once the session has started (422"
              + " session-not-started).")
  public Response attendance(@BeanParam MoveTarget target, @NotNull @Valid AttendanceRecord body) {
    return EntityTags.ok(path.recordAttendance(target, body));
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/admission")
  @Operation(
      summary = "Admit the young person (E2C)",
      description =
          "ATTENDED → ADMITTED: the commitment is signed, the path has a start date, not before"
              + " the commitment (422 start-before-commitment).")
  public Response admit(@BeanParam MoveTarget target, @NotNull @Valid Admission body) {
    return EntityTags.ok(path.admit(target, body));
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/decline")
  @Operation(
      summary = "Decline the referral (E2C)",
      description =
          "UNDER_REVIEW, ATTENDED, EXCUSED or NO_SHOW → DECLINED with a coded reason; the message"
              + " to the advisor goes on the shared timeline.")
  public Response decline(@BeanParam MoveTarget target, @NotNull @Valid Decline body) {
    return EntityTags.ok(path.decline(target, body));
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/start")
  @Operation(
      summary = "Start the path (E2C)",
      description =
          "ADMITTED → IN_PATH on its first day: not before the commitment was signed (422"
              + " start-before-commitment) nor in the future (422 date-in-future).")
  public Response start(@BeanParam MoveTarget target, @NotNull @Valid PathStart body) {
    return EntityTags.ok(path.startPath(target, body));
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/exit")
  @Operation(
      summary = "Record the exit (E2C)",
      description =
          "IN_PATH → EXITED with the outcome, classified positive or not as the E2C network does"
              + " (employment, work-study contract or qualifying training are positive; a civic"
              + " service, CIVIC_SERVICE, is counted apart). The exit date is neither in the"
              + " future (422 date-in-future) nor before the path started (422"
              + " date-before-path).")
  public Response exit(@BeanParam MoveTarget target, @NotNull @Valid Exit body) {
    return EntityTags.ok(path.exit(target, body));
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/withdrawal")
  @Operation(
      summary = "Withdraw the referral (advisor or E2C)",
      description =
          "Before the path starts, by the young person or the advisor → WITHDRAWN; a seat held"
              + " is given back.")
  public Response withdraw(@BeanParam MoveTarget target, @NotNull @Valid Withdrawal body) {
    return EntityTags.ok(path.withdraw(target, body));
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/transfer")
  @Operation(
      summary = "Transfer to another E2C site (advisor or E2C)",
      description =
          "The history stays with the referral. Before admission the new site reviews it afresh"
              + " (SUBMITTED) and a seat held is given back; a path in progress goes on there.")
  public Response transfer(@BeanParam MoveTarget target, @NotNull @Valid Transfer body) {
    return EntityTags.ok(path.transfer(target, body));
  }

  @GET
  @Path("/transitions")
  @Operation(
      summary = "Read the transition log",
      description =
          "Who moved the referral, when, from what to what and why; oldest first, one page at a"
              + " time.")
  public Page<TransitionView> transitions(
      @PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
    return path.transitions(id, page);
  }
}
