package fr.passerelle.reporting.indicator;

import fr.passerelle.platform.web.problem.InvalidRequestException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where an indicator is counted: the whole country, a region, a department, E2C sites or a Pôle
 * emploi agency ({@code ?territory=national}, {@code region:32}, {@code department:59}, {@code
 * site:<id>}, {@code agency:<SAFIR>}). A referral counts in the territory of its E2C site (after a
 * transfer, its new site) and in its agency.
 */
public record Territory(Level level, List<String> codes) {

  /** The levels of the territory, broadest first. */
  public enum Level {
    NATIONAL,
    REGION,
    DEPARTMENT,
    SITE,
    AGENCY
  }

  public static final String PATTERN =
      "^(national|region:[0-9]{2}|department:(2A|2B|[0-9]{2,3})|site:[0-9a-fA-F-]{36}|agency:[0-9]{5})$";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  public static final Territory NATIONAL = new Territory(Level.NATIONAL, List.of());

  public static Territory parse(String value) {
    if (value == null || value.isBlank()) {
      return NATIONAL;
    }
    if (!VALID.matcher(value).matches()) {
      throw new InvalidRequestException(
          "territory",
          "must be national, region:<code>, department:<code>, site:<id> or agency:<SAFIR>");
    }
    if (value.equals("national")) {
      return NATIONAL;
    }
    int colon = value.indexOf(':');
    Level level = Level.valueOf(value.substring(0, colon).toUpperCase(Locale.ROOT));
    String code = value.substring(colon + 1);
    if (level == Level.SITE) {
      try {
        code = UUID.fromString(code).toString();
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException("territory", "site:<id> needs a UUID");
      }
    }
    return new Territory(level, List.of(code));
  }

  public static Territory sites(List<String> siteIds) {
    return new Territory(Level.SITE, List.copyOf(siteIds));
  }

  public static Territory agency(String safir) {
    return new Territory(Level.AGENCY, List.of(safir));
  }

  /** As the query parameter says it; several sites (an E2C team's) joined by commas. */
  public String label() {
    return level == Level.NATIONAL
        ? "national"
        : level.name().toLowerCase(Locale.ROOT) + ":" + String.join(",", codes);
  }
}
