package fr.passerelle.referral.privacy;

import fr.passerelle.contracts.events.referral.ReferralAnonymised;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.referral.changes.ChangeFeed;
import fr.passerelle.referral.changes.ChangeKind;
import fr.passerelle.referral.dossier.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Removes a referral's personal data for good: names, birth date, contact, commune, France Travail
 * id, the diagnostic's free text, the override's justification, and every free text written about
 * the young person (transition comments, timeline bodies, milestone comments). What indicators need
 * stays: the pseudonymous person id (which, once the person's last referral is anonymised, leads to
 * nobody: {@link People}), age at submission, department, barriers, statuses, dates, outcomes.
 */
@ApplicationScoped
public class Anonymiser {

  private static final Logger LOG = Logger.getLogger(Anonymiser.class);

  private final EntityManager entityManager;
  private final ChangeFeed changes;
  private final Outbox outbox;
  private final People people;
  private final Clock clock;

  Anonymiser(
      EntityManager entityManager, ChangeFeed changes, Outbox outbox, People people, Clock clock) {
    this.entityManager = entityManager;
    this.changes = changes;
    this.outbox = outbox;
    this.people = people;
    this.clock = clock;
  }

  /** The reason is RETENTION or ERASURE. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void anonymise(Referral referral, String reason) {
    if (referral.isAnonymised()) {
      return;
    }
    Instant now = clock.instant();
    referral.firstName = null;
    referral.lastName = null;
    referral.birthDate = null;
    referral.phone = null;
    referral.email = null;
    referral.preferredChannel = null;
    referral.communeCode = null;
    referral.franceTravailId = null;
    referral.externalRef = null;
    referral.diagnosticSummary = null;
    referral.projectIdea = null;
    referral.overrideJustification = null;
    referral.anonymisedAt = now;
    for (String sql :
        new String[] {
          "update referral_transition set comment = null where referral_id = ?1",
          "update timeline_entry set body = null where referral_id = ?1",
          "update milestone set comment = null, title = null where referral_id = ?1"
        }) {
      entityManager.createNativeQuery(sql).setParameter(1, referral.id).executeUpdate();
    }
    people.forgetIfAllAnonymised(referral.personId);
    changes.record(referral, ChangeKind.ANONYMISED);
    outbox.publish(
        ReferralEvents.ANONYMISED,
        referral.id,
        new ReferralAnonymised(referral.id, referral.personId, reason, now));
    LOG.infof("Referral %s anonymised (%s)", referral.id, reason);
  }
}
