package fr.passerelle.referral.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SessionDetails;
import fr.passerelle.platform.consumer.EventApplier;
import fr.passerelle.platform.consumer.EventConsumer;
import fr.passerelle.platform.events.InboundEvent;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.orientation.OrientationService;
import fr.passerelle.referral.path.PathService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows the directory's sessions that referrals hold seats in: a cancelled session sends its
 * invited referrals back to review ("session cancelled, to invite again") and cancels its
 * orientations, a rescheduled one moves their session's start. Its channel is configured in
 * application.properties ({@code mp.messaging.incoming.referral-sessions.*}).
 */
@ApplicationScoped
public class SessionsFromDirectory implements EventConsumer {

  private static final Logger LOG = Logger.getLogger(SessionsFromDirectory.class);

  static final String NAME = "referral-sessions";

  private final ObjectMapper mapper;
  private final EventApplier events;
  private final PathService path;
  private final OrientationService orientations;

  SessionsFromDirectory(
      ObjectMapper mapper, EventApplier events, PathService path, OrientationService orientations) {
    this.mapper = mapper;
    this.events = events;
    this.path = path;
    this.orientations = orientations;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Incoming(NAME)
  @Blocking
  void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
    events.apply(this, record);
  }

  @Override
  public void handle(InboundEvent event) {
    if (event.is(DirectoryEvents.SESSION_CANCELLED)) {
      cancelled(event.payload(DirectoryEvents.SESSION_CANCELLED, mapper));
    } else if (event.is(DirectoryEvents.SESSION_UPDATED)) {
      rescheduled(event.payload(DirectoryEvents.SESSION_UPDATED, mapper));
    }
    // Sites, agencies, seats and new sessions are not this consumer's.
  }

  private void cancelled(SessionDetails session) {
    List<Referral> holders =
        Referral.<Referral>find(
                "sessionId = ?1 and status in ?2", session.sessionId(), Referral.HOLDING_SEAT)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .list();
    holders.forEach(path::sessionCancelled);
    int oriented = orientations.sessionCancelled(session.sessionId());
    LOG.infof(
        "Session %s cancelled in the directory: %d referral(s) to invite again, %d orientation(s)"
            + " cancelled",
        session.sessionId(), holders.size(), oriented);
  }

  private void rescheduled(SessionDetails session) {
    Referral.update(
        "sessionStartsAt = ?1 where sessionId = ?2 and closedAt is null",
        session.startsAt(),
        session.sessionId());
  }
}
