package fr.passerelle.referral.orientation;

import fr.passerelle.platform.security.AggregateScope;
import fr.passerelle.referral.access.ReferralScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Which orientations the caller sees: the same reach as for referrals (an advisor their agency's,
 * E2C staff their sites', the Pôle emploi system those it made), 404 outside it.
 */
@RequestScoped
public class OrientationScope extends AggregateScope<Orientation, UUID> {

  private final ReferralScope reach;

  OrientationScope(ReferralScope reach) {
    this.reach = reach;
  }

  @Override
  public boolean sees(Orientation orientation) {
    return reach.sees(orientation.siteId, orientation.agencySafir, orientation.clientId);
  }

  /** Whether the caller acts for the agency's side (who may cancel), not the site's. */
  public boolean isAgencySide(Orientation orientation) {
    return !reach.sites().contains(orientation.siteId);
  }

  /** A JPQL condition on an {@link Orientation} named {@code alias}. */
  public String condition(String alias) {
    return reach.condition(alias);
  }

  public java.util.Map<String, Object> parameters() {
    return reach.parameters();
  }

  @Override
  protected String resource() {
    return "orientation";
  }

  @Override
  protected Orientation find(UUID id, LockModeType lock) {
    return Orientation.findById(id, lock);
  }
}
