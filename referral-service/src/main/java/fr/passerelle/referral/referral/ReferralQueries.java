package fr.passerelle.referral.referral;

import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.referral.access.ReferralScope;
import fr.passerelle.referral.privacy.AccessLog;
import fr.passerelle.referral.referral.ReferralApi.ReferralView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Reads of referrals within the caller's scope; each read of personal data is logged. */
@ApplicationScoped
public class ReferralQueries {

  private final ReferralScope scope;
  private final AccessLog accessLog;

  ReferralQueries(ReferralScope scope, AccessLog accessLog) {
    this.scope = scope;
    this.accessLog = accessLog;
  }

  @Transactional
  public Referral get(UUID id) {
    Referral referral = scope.visible(id);
    accessLog.read(id, "read referral");
    return referral;
  }

  /** In submission order, oldest first; filtered by status and site when given. */
  @Transactional
  public Page<ReferralView> list(Status status, UUID siteId, PageRequest page) {
    Page<Referral> referrals =
        KeysetPage.of(Referral.class, "r")
            .where(scope.condition("r"), scope.parameters())
            .whereEquals("r.status", status)
            .whereEquals("r.siteId", siteId)
            .orderBy(
                SortKey.instant("r.submittedAt", r -> r.submittedAt),
                SortKey.uuid("r.id", r -> r.id))
            .fetch(page);
    accessLog.read(referrals.items().stream().map(r -> r.id).toList(), "list referrals");
    return referrals.map(ReferralView::of);
  }
}
