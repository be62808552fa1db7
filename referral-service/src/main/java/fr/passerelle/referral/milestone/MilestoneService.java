package fr.passerelle.referral.milestone;

import fr.passerelle.contracts.events.referral.MilestoneRecorded;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.referral.access.ReferralScope;
import fr.passerelle.referral.changes.ChangeFeed;
import fr.passerelle.referral.changes.ChangeKind;
import fr.passerelle.referral.dossier.Action;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.milestone.MilestoneApi.MilestoneView;
import fr.passerelle.referral.milestone.MilestoneApi.RecordMilestone;
import fr.passerelle.referral.privacy.PersonalDataReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Milestones of paths in progress: recorded by the E2C site, read by both networks. */
@ApplicationScoped
public class MilestoneService {

  private final ReferralScope scope;
  private final Caller caller;
  private final ChangeFeed changes;
  private final Outbox outbox;
  private final PersonalDataReads personalDataReads;
  private final Clock clock;

  MilestoneService(
      ReferralScope scope,
      Caller caller,
      ChangeFeed changes,
      Outbox outbox,
      PersonalDataReads personalDataReads,
      Clock clock) {
    this.scope = scope;
    this.caller = caller;
    this.changes = changes;
    this.outbox = outbox;
    this.personalDataReads = personalDataReads;
    this.clock = clock;
  }

  @Transactional
  public MilestoneView record(UUID referralId, RecordMilestone request) {
    Referral referral = scope.visibleForUpdate(referralId);
    scope.requireMayTake(referral, Action.RECORD_MILESTONE);
    referral.require(Action.RECORD_MILESTONE);
    referral.requireWithinPath("startsOn", request.startsOn());
    Milestone milestone =
        Milestone.of(
            referralId,
            request.kind(),
            request.employerSiret(),
            request.startsOn(),
            request.endsOn());
    Instant now = clock.instant();
    milestone.title = request.title();
    milestone.comment = request.comment();
    milestone.recordedBy = caller.actor();
    milestone.recordedAt = now;
    milestone.persist();
    referral.touched(now);
    changes.record(referral, ChangeKind.MILESTONE_RECORDED);
    if (milestone.kind.isPublishable()) {
      published(referral, milestone);
    }
    return MilestoneView.of(milestone);
  }

  private void published(Referral referral, Milestone milestone) {
    outbox.publish(
        ReferralEvents.MILESTONE_RECORDED,
        referral.id,
        new MilestoneRecorded(
            referral.id,
            referral.personId,
            referral.siteId,
            milestone.id,
            milestone.kind.name(),
            milestone.employerSiret,
            milestone.startsOn,
            milestone.endsOn));
  }

  @Transactional
  public Page<MilestoneView> list(UUID referralId, PageRequest page) {
    scope.visible(referralId);
    personalDataReads.read(referralId, "read milestones");
    return KeysetPage.of(Milestone.class, "m")
        .whereEquals("m.referralId", referralId)
        .orderBy(SortKey.date("m.startsOn", m -> m.startsOn), SortKey.uuid("m.id", m -> m.id))
        .fetch(page)
        .map(MilestoneView::of);
  }
}
