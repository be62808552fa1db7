package fr.passerelle.directory.session;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.DirectoryReader;
import fr.passerelle.directory.session.SessionApi.SessionRequest;
import fr.passerelle.directory.session.SessionApi.SessionView;
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

  SessionResource(SessionService sessions) {
    this.sessions = sessions;
  }

  @GET
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(
      summary = "List sessions",
      description =
          "Filter by site, start window, status, free seats (freeSeats=true: scheduled sessions"
              + " that have not started and have a seat left). Ordered by start time. A session is"
              + " DONE a few minutes after it ends.")
  public Page<SessionView> list(
      @BeanParam SessionFilter filter, @Valid @BeanParam PageRequest page) {
    return sessions.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(summary = "Get a session", description = "With seats left and its version as ETag.")
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "200",
      responseDescription = "The session, ETag = its version")
  public Response get(@PathParam("id") UUID id) {
    SessionView session = sessions.get(id);
    return EntityTags.ok(session, session.version());
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
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
    return EntityTags.created(
        URI.create("/api/v1/sessions/" + session.id()), session, session.version());
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
    return EntityTags.ok(session, session.version());
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN, Roles.E2C_STAFF})
  @Operation(
      summary = "Cancel a session",
      description =
          "Releases every seat booked in it (each reservation CANCELLED with its cancelledAt,"
              + " seatsBooked 0), then publishes session-cancelled and one seats-changed RELEASED"
              + " per released reservation; 409 if it is not scheduled. If-Match is optional: when"
              + " sent, a stale version is 412."
              + MANAGERS_NOTE)
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "200",
      responseDescription = "Cancelled; new ETag")
  public Response cancel(
      @PathParam("id") @Parameter(example = "7f3c2a10-5b8e-4d21-9c6f-0a1b2c3d4e5f") UUID id,
      @HeaderParam("If-Match") @Parameter(example = "\"4\"") String ifMatch) {
    SessionView session = sessions.cancel(id, ifMatch);
    return EntityTags.ok(session, session.version());
  }
}
