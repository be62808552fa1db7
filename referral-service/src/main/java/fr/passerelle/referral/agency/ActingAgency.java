package fr.passerelle.referral.agency;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Pôle emploi agency a caller acts for: an advisor's own (the {@code safir} claim of the
 * token), or the one the Pôle emploi system names, which must be an agency of the directory.
 */
@ApplicationScoped
public class ActingAgency {

  private final Caller caller;
  private final KnownAgencies agencies;

  ActingAgency(Caller caller, KnownAgencies agencies) {
    this.caller = caller;
    this.agencies = agencies;
  }

  /**
   * @param named the agency the request names, if any
   * @return its SAFIR code
   * @throws RuleViolationException (422) for a missing, unknown or foreign agency
   */
  public String resolve(String named) {
    if (caller.is(Roles.PE_SYSTEM)) {
      if (named == null) {
        throw new RuleViolationException(
            "agency-required", "the Pôle emploi system must name the advisor's agencySafir");
      }
      return agencies.require(named).safir;
    }
    String own =
        caller
            .safir()
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "agency-unknown", "the advisor's token carries no safir agency code"));
    if (named != null && !named.equals(own)) {
      throw new RuleViolationException(
          "agency-mismatch", "an advisor acts for their own agency only");
    }
    return own;
  }
}
