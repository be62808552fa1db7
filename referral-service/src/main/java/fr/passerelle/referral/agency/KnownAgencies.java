package fr.passerelle.referral.agency;

import fr.passerelle.platform.web.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;

/** The agencies a referral may name: known from the directory's events. */
@ApplicationScoped
public class KnownAgencies {

  /**
   * @throws RuleViolationException (422, {@code agency-not-in-directory}) for a SAFIR code the
   *     directory does not know
   */
  public KnownAgency require(String safir) {
    KnownAgency agency = KnownAgency.findById(safir);
    if (agency == null) {
      throw new RuleViolationException(
          "agency-not-in-directory",
          "agency " + safir + " is not a Pôle emploi agency of the directory");
    }
    return agency;
  }
}
