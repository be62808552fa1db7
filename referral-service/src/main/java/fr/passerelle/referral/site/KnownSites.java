package fr.passerelle.referral.site;

import fr.passerelle.platform.web.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The sites a referral may target: known from the directory's events and active. */
@ApplicationScoped
public class KnownSites {

  /**
   * @throws RuleViolationException (422, {@code site-not-active}) for an unknown or inactive site
   */
  public KnownSite requireActive(UUID siteId) {
    KnownSite site = KnownSite.findById(siteId);
    if (site == null || !site.active) {
      throw new RuleViolationException(
          "site-not-active", "site " + siteId + " is not an active E2C site in the directory");
    }
    return site;
  }
}
