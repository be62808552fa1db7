package fr.passerelle.directory.session;

import fr.passerelle.directory.session.SessionEnums.SessionStatus;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of GET /api/v1/sessions. */
public class SessionFilter {

  @QueryParam("siteId")
  @Parameter(description = "Sessions of this site")
  UUID siteId;

  @QueryParam("from")
  @Parameter(description = "Starting at or after", example = "2026-12-01T00:00:00Z")
  Instant from;

  @QueryParam("to")
  @Parameter(description = "Starting before", example = "2027-01-01T00:00:00Z")
  Instant to;

  @QueryParam("status")
  SessionStatus status;

  @QueryParam("freeSeats")
  @Parameter(
      description = "Only sessions that still take bookings: scheduled, not started, seats left",
      example = "true")
  boolean freeSeats;

  public UUID siteId() {
    return siteId;
  }

  public Instant from() {
    return from;
  }

  public Instant to() {
    return to;
  }

  public SessionStatus status() {
    return status;
  }

  public boolean freeSeats() {
    return freeSeats;
  }
}
