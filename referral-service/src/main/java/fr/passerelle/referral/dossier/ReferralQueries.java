package fr.passerelle.referral.dossier;

import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.referral.access.ReferralScope;
import fr.passerelle.referral.dossier.ReferralApi.ReferralView;
import fr.passerelle.referral.privacy.PersonalDataReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Reads of referrals within the caller's scope; each read of personal data is logged. */
@ApplicationScoped
public class ReferralQueries {

  private final ReferralScope scope;
  private final PersonalDataReads personalDataReads;

  ReferralQueries(ReferralScope scope, PersonalDataReads personalDataReads) {
    this.scope = scope;
    this.personalDataReads = personalDataReads;
  }

  @Transactional
  public Versioned<ReferralView> get(UUID id) {
    Referral referral = scope.visible(id);
    personalDataReads.read(id, "read referral");
    return ReferralView.versioned(referral, scope.sideOn(referral));
  }

  /** In submission order, oldest first; filtered by status and site when given. */
  @Transactional
  public Page<ReferralView> list(ReferralFilter filter, PageRequest page) {
    Page<Referral> referrals =
        KeysetPage.of(Referral.class, "r")
            .where(scope.condition("r"), scope.parameters())
            .whereEquals("r.status", filter.status())
            .whereEquals("r.siteId", filter.siteId())
            .orderBy(
                SortKey.instant("r.submittedAt", r -> r.submittedAt),
                SortKey.uuid("r.id", r -> r.id))
            .fetch(page);
    personalDataReads.read(referrals.items().stream().map(r -> r.id).toList(), "list referrals");
    return referrals.map(r -> ReferralView.of(r, scope.sideOn(r)));
  }
}
