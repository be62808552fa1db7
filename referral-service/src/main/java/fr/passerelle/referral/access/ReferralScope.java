package fr.passerelle.referral.access;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.AggregateScope;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.referral.dossier.Action;
import fr.passerelle.referral.dossier.Referral;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which referrals the caller sees: an advisor their agency's, E2C staff their sites', the Pôle
 * emploi system those it submitted. Nobody else sees any, and a referral outside the scope is
 * answered 404 as if it did not exist.
 */
@RequestScoped
public class ReferralScope extends AggregateScope<Referral, UUID> {

  /** Never a site id, an agency or a client: what an absent scope compares with. */
  private static final UUID NO_SITE = new UUID(0, 0);

  private static final String NONE = "";

  private final Caller caller;

  ReferralScope(Caller caller) {
    this.caller = caller;
  }

  public Set<UUID> sites() {
    Set<UUID> own = caller.is(Roles.E2C_STAFF) ? caller.e2cSites() : Set.of();
    return own.isEmpty() ? Set.of(NO_SITE) : own;
  }

  public String agency() {
    return caller.is(Roles.PE_ADVISOR) ? caller.safir().orElse(NONE) : NONE;
  }

  public String client() {
    return caller.is(Roles.PE_SYSTEM) ? caller.clientId() : NONE;
  }

  /** A JPQL condition on a {@link Referral} named {@code alias}, with {@link #parameters()}. */
  public String condition(String alias) {
    return "("
        + alias
        + ".siteId in :scopeSites or "
        + alias
        + ".agencySafir = :scopeAgency or "
        + alias
        + ".clientId = :scopeClient)";
  }

  /**
   * The same condition in native SQL, on the {@code referral} table's alias and the site columns
   * that give a row to a site's staff, with the same {@link #parameters()}.
   */
  public String nativeCondition(String referralAlias, String... siteColumns) {
    StringBuilder condition = new StringBuilder("(");
    for (String siteColumn : siteColumns) {
      condition.append(siteColumn).append(" in (:scopeSites) or ");
    }
    return condition
        .append(referralAlias)
        .append(".agency_safir = :scopeAgency or ")
        .append(referralAlias)
        .append(".client_id = :scopeClient)")
        .toString();
  }

  /** The parameters of {@link #condition} and {@link #nativeCondition}. */
  public Map<String, Object> parameters() {
    return Map.of("scopeSites", sites(), "scopeAgency", agency(), "scopeClient", client());
  }

  @Override
  public boolean sees(Referral referral) {
    return sees(referral.siteId, referral.agencySafir, referral.clientId);
  }

  /** Whether the caller reaches what belongs to this site, agency or client. */
  public boolean sees(UUID siteId, String agencySafir, String clientId) {
    return sites().contains(siteId) || agency().equals(agencySafir) || client().equals(clientId);
  }

  /** Which side the caller acts for on this referral: E2C staff of its site, or Pôle emploi. */
  public Side sideOn(Referral referral) {
    return sites().contains(referral.siteId) ? Side.E2C : Side.PE;
  }

  /**
   * The side the caller takes the action for.
   *
   * @throws ForbiddenException (403) when the action belongs to the other side
   */
  public Side requireMayTake(Referral referral, Action action) {
    Side side = sideOn(referral);
    if (!action.mayBeTakenBy(side, referral.status)) {
      throw new ForbiddenException(
          action
              + (action.mayBeTakenBy(Side.PE, referral.status)
                  ? " is taken by the advisor or the E2C site's staff"
                  : " is taken by the E2C site's staff"
                      + (action.mayBeTakenBy(Side.PE) ? " once the path is in progress" : "")));
    }
    return side;
  }

  @Override
  protected String resource() {
    return "referral";
  }

  @Override
  protected Referral find(UUID id, LockModeType lock) {
    return Referral.findById(id, lock);
  }
}
