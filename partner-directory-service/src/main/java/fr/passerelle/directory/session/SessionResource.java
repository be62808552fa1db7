package fr.passerelle.directory.session;

import fr.passerelle.directory.access.Roles;
import fr.passerelle.directory.session.SessionApi.Booking;
import fr.passerelle.directory.session.SessionApi.ReservationView;
import fr.passerelle.directory.session.SessionApi.SessionRequest;
import fr.passerelle.directory.session.SessionApi.SessionView;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Information sessions",
    description = "Information sessions held by sites, and the seats booked by referrals")
public class SessionResource {

  private static final String MANAGERS_NOTE =
      " Directory admins for any site; E2C staff for their own sites (404 for another site).";

  private final SessionService sessions;
  private final ReservationService reservations;

  SessionResource(SessionService sessions, ReservationService reservations) {
    this.sessions = sessions;
    this.reservations = reservations;
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Operation(
      summary = "List sessions",
      description = "Filter by site, start window, status, free seats. Ordered by start time.")
  public Page<SessionView> list(
      @BeanParam SessionFilter filter, @Valid @BeanParam PageRequest page) {
    return sessions.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "Get a session", description = "With seats left and its version as ETag.")
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "200",
      responseDescription = "The session, ETag = its version")
  public Response get(@PathParam("id") UUID id) {
    SessionView session = sessions.get(id);
    return Response.ok(session).tag(String.valueOf(session.version())).build();
  }

  @POST
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN, Roles.E2C_STAFF})
  @Operation(
      summary = "Schedule a session",
      description = "Publishes session-scheduled." + MANAGERS_NOTE)
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "201",
      responseDescription = "Created; Location and ETag set")
  public Response schedule(@Valid @NotNull SessionRequest request) {
    SessionView session = sessions.schedule(request);
    return Response.created(URI.create("/api/v1/sessions/" + session.id()))
        .tag(String.valueOf(session.version()))
        .entity(session)
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN, Roles.E2C_STAFF})
  @Operation(
      summary = "Change a session",
      description =
          "If-Match required; capacity never below the seats booked. Publishes session-updated."
              + MANAGERS_NOTE)
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "200",
      responseDescription = "Updated; new ETag")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SessionRequest request) {
    SessionView session = sessions.update(id, ifMatch, request);
    return Response.ok(session).tag(String.valueOf(session.version())).build();
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN, Roles.E2C_STAFF})
  @Operation(
      summary = "Cancel a session",
      description = "Publishes session-cancelled; 409 if it is not scheduled." + MANAGERS_NOTE)
  public SessionView cancel(@PathParam("id") UUID id) {
    return sessions.cancel(id);
  }

  @GET
  @Path("/{id}/reservations")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.DIRECTORY_ADMIN,
    Roles.E2C_STAFF,
    Roles.PE_ADVISOR,
    Roles.PE_SYSTEM
  })
  @Operation(summary = "List a session's reservations", description = "Booked and cancelled.")
  public List<ReservationView> reservations(@PathParam("id") UUID id) {
    return reservations.list(id);
  }

  @GET
  @Path("/{id}/reservations/{referralId}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.DIRECTORY_ADMIN,
    Roles.E2C_STAFF,
    Roles.PE_ADVISOR,
    Roles.PE_SYSTEM
  })
  @Operation(summary = "Get the reservation of a referral", description = "404 when none.")
  public ReservationView reservation(
      @PathParam("id") UUID id, @PathParam("referralId") UUID referralId) {
    return reservations.get(id, referralId);
  }

  @PUT
  @Path("/{id}/reservations/{referralId}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.DIRECTORY_ADMIN,
    Roles.E2C_STAFF,
    Roles.PE_ADVISOR,
    Roles.PE_SYSTEM
  })
  @Operation(
      summary = "Book a seat for a referral",
      description =
          "Idempotent by referral id: 201 when the seat is taken now, 200 with the existing"
              + " reservation when the referral already holds one. 409 when the session is full,"
              + " cancelled or started. Publishes seats-changed.")
  @APIResponse(
      responseCode = "201",
      description = "Seat booked",
      content = @Content(schema = @Schema(implementation = ReservationView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The referral already held a seat",
      content = @Content(schema = @Schema(implementation = ReservationView.class)))
  public Response book(@PathParam("id") UUID id, @PathParam("referralId") UUID referralId) {
    Booking booking = reservations.book(id, referralId);
    return booking.created()
        ? Response.created(URI.create("/api/v1/sessions/" + id + "/reservations/" + referralId))
            .entity(booking.reservation())
            .build()
        : Response.ok(booking.reservation()).build();
  }

  @DELETE
  @Path("/{id}/reservations/{referralId}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.DIRECTORY_ADMIN,
    Roles.E2C_STAFF,
    Roles.PE_ADVISOR,
    Roles.PE_SYSTEM
  })
  @Operation(
      summary = "Release a referral's seat",
      description = "Idempotent: releasing a released seat is a no-op. Publishes seats-changed.")
  @APIResponse(responseCode = "204", description = "Seat released")
  public Response release(@PathParam("id") UUID id, @PathParam("referralId") UUID referralId) {
    reservations.cancel(id, referralId);
    return Response.noContent().build();
  }
}
