package fr.passerelle.referral.timeline;

import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.pagination.Cursor;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.referral.access.ReferralScope;
import fr.passerelle.referral.privacy.AccessLog;
import fr.passerelle.referral.referral.Referral;
import fr.passerelle.referral.timeline.TimelineApi.EntryView;
import fr.passerelle.referral.timeline.TimelineApi.Post;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The timeline as callers use it: within their scope, reads logged. */
@ApplicationScoped
public class TimelineService {

  private final ReferralScope scope;
  private final Caller caller;
  private final Timeline timeline;
  private final AccessLog accessLog;

  TimelineService(ReferralScope scope, Caller caller, Timeline timeline, AccessLog accessLog) {
    this.scope = scope;
    this.caller = caller;
    this.timeline = timeline;
    this.accessLog = accessLog;
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
    accessLog.read(id, "read timeline");
    Parameters parameters = Parameters.with("referral", id);
    String query = "referralId = :referral";
    var cursor = page.cursor(2);
    if (cursor.isPresent()) {
      query += " and (createdAt > :time or (createdAt = :time and id > :after))";
      parameters.and("time", cursor.get().instant(0)).and("after", cursor.get().uuid(1));
    }
    List<TimelineEntry> fetched =
        TimelineEntry.<TimelineEntry>find(query + " order by createdAt, id", parameters)
            .range(0, page.limit())
            .list();
    return Page.of(fetched, page.limit(), e -> Cursor.after(e.createdAt, e.id)).map(EntryView::of);
  }
}
