package fr.passerelle.referral.privacy;

import fr.passerelle.platform.identifiers.Nir;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.referral.access.Caller;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Writes who read which referral's personal data, when and why, in the reading transaction. The
 * caller may say why in the {@value #PURPOSE_HEADER} header; otherwise the operation is the reason.
 */
@RequestScoped
public class AccessLog {

  public static final String PURPOSE_HEADER = "X-Access-Purpose";
  private static final int MAX_PURPOSE = 200;

  private final Caller caller;
  private final HttpServerRequest request;
  private final Clock clock;

  AccessLog(Caller caller, HttpServerRequest request, Clock clock) {
    this.caller = caller;
    this.request = request;
    this.clock = clock;
  }

  public void read(UUID referralId, String operation) {
    read(java.util.List.of(referralId), operation);
  }

  public void read(Collection<UUID> referralIds, String operation) {
    Instant now = clock.instant();
    String purpose = purpose(operation);
    for (UUID referralId : referralIds) {
      AccessLogEntry entry = new AccessLogEntry();
      entry.referralId = referralId;
      entry.actor = caller.actor();
      entry.actorRoles = caller.roles();
      entry.operation = operation;
      entry.purpose = purpose;
      entry.readAt = now;
      entry.persist();
    }
  }

  private String purpose(String operation) {
    String given = request.getHeader(PURPOSE_HEADER);
    if (given == null || given.isBlank()) {
      return operation;
    }
    if (Nir.appearsIn(given)) {
      throw new InvalidRequestException(PURPOSE_HEADER + " must not contain a NIR");
    }
    String trimmed = given.strip();
    return trimmed.length() > MAX_PURPOSE ? trimmed.substring(0, MAX_PURPOSE) : trimmed;
  }
}
