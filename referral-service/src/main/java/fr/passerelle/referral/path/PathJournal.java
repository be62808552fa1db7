package fr.passerelle.referral.path;

import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.contracts.events.referral.ReferralSubmitted;
import fr.passerelle.contracts.events.referral.ReferralTransferred;
import fr.passerelle.contracts.events.referral.StatusChanged;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.referral.access.Side;
import fr.passerelle.referral.changes.ChangeFeed;
import fr.passerelle.referral.changes.ChangeKind;
import fr.passerelle.referral.dossier.Action;
import fr.passerelle.referral.dossier.Barrier;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.dossier.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes what a move of a referral leaves behind, in the move's transaction: the transition log
 * line, the change feed row and the event.
 */
@ApplicationScoped
public class PathJournal {

  private static final Logger LOG = Logger.getLogger(PathJournal.class);

  private final Outbox outbox;
  private final ChangeFeed changes;
  private final Clock clock;

  PathJournal(Outbox outbox, ChangeFeed changes, Clock clock) {
    this.outbox = outbox;
    this.changes = changes;
    this.clock = clock;
  }

  /** Who made a move and why; {@code reasonCode} is a coded reason, {@code comment} free text. */
  public record Move(
      Action action,
      Status from,
      UUID fromSite,
      String actor,
      Side side,
      String reasonCode,
      String comment) {}

  public void submitted(Referral referral, String actor) {
    log(referral, new Move(Action.SUBMIT, null, null, actor, Side.PE, null, null));
    changes.record(referral, ChangeKind.SUBMITTED);
    outbox.publish(
        ReferralEvents.SUBMITTED,
        referral.id,
        new ReferralSubmitted(
            referral.id,
            referral.personId,
            referral.siteId,
            referral.agencySafir,
            referral.departmentCode,
            referral.submittedVia,
            referral.ageAtSubmission,
            referral.highestQualification.name(),
            Barrier.publishable(referral.barriers),
            referral.overriddenRules,
            referral.submittedAt,
            referral.clientId));
    LOG.infof("Referral %s submitted to site %s", referral.id, referral.siteId);
  }

  public void moved(Referral referral, Move move) {
    log(referral, move);
    Instant now = clock.instant();
    if (move.action() == Action.TRANSFER) {
      changes.recordTransfer(referral, move.fromSite());
      outbox.publish(
          ReferralEvents.TRANSFERRED,
          referral.id,
          new ReferralTransferred(
              referral.id,
              referral.personId,
              move.fromSite(),
              referral.siteId,
              referral.status.name(),
              now));
    } else {
      changes.record(referral, ChangeKind.STATUS_CHANGED);
      outbox.publish(
          ReferralEvents.STATUS_CHANGED,
          referral.id,
          new StatusChanged(
              referral.id,
              referral.personId,
              referral.siteId,
              referral.agencySafir,
              move.action().name(),
              move.from() == null ? null : move.from().name(),
              referral.status.name(),
              move.side().name(),
              move.reasonCode(),
              referral.exitOutcome == null ? null : referral.exitOutcome.name(),
              referral.positiveExit(),
              now));
    }
    LOG.infof(
        "Referral %s: %s, %s -> %s", referral.id, move.action(), move.from(), referral.status);
  }

  private void log(Referral referral, Move move) {
    Transition transition = new Transition();
    transition.referralId = referral.id;
    transition.action = move.action();
    transition.fromStatus = move.from();
    transition.toStatus = referral.status;
    transition.fromSiteId = move.fromSite();
    transition.toSiteId = referral.siteId;
    transition.actor = move.actor();
    transition.actorSide = move.side();
    transition.reasonCode = move.reasonCode();
    transition.comment = move.comment();
    transition.occurredAt = clock.instant();
    transition.persist();
  }
}
