package fr.passerelle.referral.referral;

import fr.passerelle.platform.web.pagination.Cursor;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.referral.access.ReferralScope;
import fr.passerelle.referral.privacy.AccessLog;
import fr.passerelle.referral.referral.ReferralApi.ReferralView;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    StringBuilder query = new StringBuilder("from Referral r where ").append(scope.condition("r"));
    Map<String, Object> parameters = new HashMap<>(scope.parameters());
    if (status != null) {
      query.append(" and r.status = :status");
      parameters.put("status", status);
    }
    if (siteId != null) {
      query.append(" and r.siteId = :siteId");
      parameters.put("siteId", siteId);
    }
    page.cursor(2)
        .ifPresent(
            cursor -> {
              query.append(
                  " and (r.submittedAt > :afterTime or (r.submittedAt = :afterTime and r.id >"
                      + " :afterId))");
              parameters.put("afterTime", cursor.instant(0));
              parameters.put("afterId", cursor.uuid(1));
            });
    query.append(" order by r.submittedAt, r.id");
    Parameters bound = new Parameters();
    parameters.forEach(bound::and);
    List<Referral> fetched = Referral.find(query.toString(), bound).range(0, page.limit()).list();
    accessLog.read(fetched.stream().map(r -> r.id).limit(page.limit()).toList(), "list referrals");
    return Page.of(fetched, page.limit(), r -> Cursor.after(r.submittedAt, r.id))
        .map(ReferralView::of);
  }
}
