package fr.passerelle.referral.privacy;

import static java.util.stream.Collectors.joining;

import fr.passerelle.platform.security.Caller;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

/**
 * Writes who read which referral's personal data, when and why, in the reading transaction. The
 * caller may say why in the {@value #PURPOSE_HEADER} header (checked by {@link AccessPurpose});
 * otherwise the operation is the reason.
 */
@RequestScoped
public class PersonalDataReads {

  public static final String PURPOSE_HEADER = AccessPurpose.HEADER;
  private static final String INSERT =
      "insert into access_log (referral_id, actor, actor_roles, operation, purpose, read_at)"
          + " select referral_id, ?2, ?3, ?4, ?5, ?6"
          + " from unnest(cast(?1 as uuid[])) as referral_id";

  private final EntityManager entityManager;
  private final Caller caller;
  private final HttpServerRequest request;
  private final Clock clock;

  PersonalDataReads(
      EntityManager entityManager, Caller caller, HttpServerRequest request, Clock clock) {
    this.entityManager = entityManager;
    this.caller = caller;
    this.request = request;
    this.clock = clock;
  }

  public void read(UUID referralId, String operation) {
    read(java.util.List.of(referralId), operation);
  }

  /** One row per referral, written by one statement however many referrals a page holds. */
  public void read(Collection<UUID> referralIds, String operation) {
    if (referralIds.isEmpty()) {
      return;
    }
    entityManager
        .createNativeQuery(INSERT)
        .setParameter(1, referralIds.stream().map(UUID::toString).collect(joining(",", "{", "}")))
        .setParameter(2, caller.actor())
        .setParameter(3, caller.roles())
        .setParameter(4, operation)
        .setParameter(5, purpose(operation))
        .setParameter(6, Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  private String purpose(String operation) {
    String given = AccessPurpose.given(request.getHeader(PURPOSE_HEADER));
    return given == null ? operation : given;
  }
}
