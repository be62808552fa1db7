package fr.passerelle.referral.timeline;

import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.referral.access.ReferralScope;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.privacy.PersonalDataReads;
import fr.passerelle.referral.timeline.TimelineApi.EntryView;
import fr.passerelle.referral.timeline.TimelineApi.Post;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The timeline as callers use it: within their scope, reads logged. */
@ApplicationScoped
public class TimelineService {

  private final ReferralScope scope;
  private final Caller caller;
  private final Timeline timeline;
  private final PersonalDataReads personalDataReads;

  TimelineService(
      ReferralScope scope, Caller caller, Timeline timeline, PersonalDataReads personalDataReads) {
    this.scope = scope;
    this.caller = caller;
    this.timeline = timeline;
    this.personalDataReads = personalDataReads;
  }

  @Transactional
  public EntryView post(UUID id, Post post) {
    Referral referral = scope.visibleForUpdate(id);
    if (referral.isAnonymised()) {
      throw new RuleViolationException("anonymised", "the referral is anonymised");
    }
    return EntryView.of(
        timeline.post(referral, post.kind(), post.body(), caller.actor(), scope.sideOn(referral)));
  }

  @Transactional
  public Page<EntryView> read(UUID id, PageRequest page) {
    scope.visible(id);
    personalDataReads.read(id, "read timeline");
    return KeysetPage.of(TimelineEntry.class, "e")
        .whereEquals("e.referralId", id)
        .orderBy(SortKey.instant("e.createdAt", e -> e.createdAt), SortKey.uuid("e.id", e -> e.id))
        .fetch(page)
        .map(EntryView::of);
  }
}
