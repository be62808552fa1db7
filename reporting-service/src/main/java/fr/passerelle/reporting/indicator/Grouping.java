package fr.passerelle.reporting.indicator;

import fr.passerelle.platform.web.problem.InvalidRequestException;
import java.util.Locale;

/** What the rows of an indicator table may be grouped by ({@code ?groupBy=month,department}). */
public enum Grouping {
  MONTH,
  REGION,
  DEPARTMENT,
  SITE,
  AGENCY,
  /** A decline's coded reason (refusals only). */
  REASON,
  /** The network of a prospection event: {@code PE} or {@code E2C} (prospection only). */
  NETWORK,
  /** A contact's channel (prospection only). */
  CHANNEL;

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Grouping of(String parameter) {
    try {
      return valueOf(parameter.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "groupBy", "unknown grouping '%s'".formatted(parameter.trim()));
    }
  }
}
