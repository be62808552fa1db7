package fr.passerelle.platform.geo;

import fr.passerelle.platform.web.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;

/** Resolves a commune code and postal code into a {@link Location}, checking they agree. */
@ApplicationScoped
public class Locator {

  private final CommuneDirectory communes;

  Locator(CommuneDirectory communes) {
    this.communes = communes;
  }

  /**
   * @param latitude null to take the commune's coordinates
   * @throws RuleViolationException (422) for an unknown commune or a postal code of another one
   */
  public Location locate(String communeCode, String postalCode, Double latitude, Double longitude) {
    Commune commune =
        communes
            .byInseeCode(communeCode)
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "unknown-commune", "no current French commune has this INSEE code"));
    if (!commune.postalCodes().contains(postalCode)) {
      throw new RuleViolationException(
          "postal-code-mismatch", "this postal code does not serve this commune");
    }
    boolean given = latitude != null && longitude != null;
    return new Location(
        commune.inseeCode(),
        postalCode,
        commune.departmentCode(),
        commune.regionCode(),
        given ? latitude : commune.latitude(),
        given ? longitude : commune.longitude());
  }
}
