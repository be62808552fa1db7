package fr.passerelle.directory.session;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.session.SessionApi.Booking;
import fr.passerelle.directory.session.SessionApi.ReservationView;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seats of a session, keyed by a referral id. Only the referral service, with its own token (it
 * checks its callers' scope and the referral itself), and admins book and release seats; E2C staff
 * read their own sites' reservations (404 for another site's session).
 */
@Path("/api/v1/sessions/{id}/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Information sessions")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN, Roles.E2C_STAFF, Roles.REFERRAL_SERVICE})
public class ReservationResource {

  private final ReservationService reservations;

  ReservationResource(ReservationService reservations) {
    this.reservations = reservations;
  }

  @GET
  @Operation(
      summary = "List a session's reservations",
      description = "Booked and cancelled, oldest first, one page at a time.")
  public Page<ReservationView> reservations(
      @PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
    return reservations.list(id, page);
  }

  @GET
  @Path("/{referralId}")
  @Operation(summary = "Get the reservation of a referral", description = "404 when none.")
  public ReservationView reservation(
      @PathParam("id") UUID id, @PathParam("referralId") UUID referralId) {
    return reservations.get(id, referralId);
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN, Roles.REFERRAL_SERVICE})
  @Path("/{referralId}")
  @Operation(
      summary = "Book a seat for a referral",
      description =
          "For the referral service (its own token) and admins only. Idempotent by referral id:"
              + " 201 when the seat is taken now, 200 with the existing reservation when the"
              + " referral already holds one and the session still takes bookings. 409 when the"
              + " session is full, cancelled, done or started, for a repeated booking too: no"
              + " invitation to a cancelled or past session, whatever the seat's history."
              + " Publishes seats-changed.")
  @APIResponse(
      responseCode = "201",
      description = "Seat booked",
      content = @Content(schema = @Schema(implementation = ReservationView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The referral already held a seat, and the session still takes bookings",
      content = @Content(schema = @Schema(implementation = ReservationView.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The session takes no booking: full (seatsLeft 0), cancelled or done (status), or"
              + " started",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "Problem"),
              examples =
                  @ExampleObject(
                      name = "started",
                      value =
                          "{\"type\": \"urn:passerelle:problem:conflict\", \"title\":"
                              + " \"Conflict\", \"status\": 409, \"detail\": \"the session has"
                              + " already started\"}")))
  public Response book(
      @PathParam("id") @Parameter(example = "7f3c2a10-5b8e-4d21-9c6f-0a1b2c3d4e5f") UUID id,
      @PathParam("referralId") @Parameter(example = "3e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b")
          UUID referralId) {
    Booking booking = reservations.book(id, referralId);
    return booking.created()
        ? Response.created(URI.create("/api/v1/sessions/" + id + "/reservations/" + referralId))
            .entity(booking.reservation())
            .build()
        : Response.ok(booking.reservation()).build();
  }

  @DELETE
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN, Roles.REFERRAL_SERVICE})
  @Path("/{referralId}")
  @Operation(
      summary = "Release a referral's seat",
      description =
          "For the referral service (its own token) and admins only. Idempotent: releasing a"
              + " released seat is a no-op. Publishes seats-changed.")
  @APIResponse(responseCode = "204", description = "Seat released")
  public Response release(@PathParam("id") UUID id, @PathParam("referralId") UUID referralId) {
    reservations.cancel(id, referralId);
    return Response.noContent().build();
  }
}
