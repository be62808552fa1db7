package fr.passerelle.reporting.indicator;

/**
 * One column of an indicator table. A {@code COUNT} and a {@code DAYS} are SQL aggregates over the
 * family's source; a {@code RATE} divides two counts of the same family (or a count by a constant
 * the agreement names). The small-numbers rule protects a count below the threshold, withholds a
 * rate built on a protected count, and a delay measured on fewer referrals than the threshold.
 */
public record Measure(
    String name,
    Kind kind,
    String sql,
    String numerator,
    String denominator,
    String basis,
    String description) {

  /** How a measure is computed and shown. */
  public enum Kind {
    /** A number of things: referrals, sessions, seats, employers. */
    COUNT,
    /** A share between 0 and 1 (or more, against a target), to 3 decimals. */
    RATE,
    /** A number of days, to 1 decimal. */
    DAYS
  }

  public static Measure count(String name, String sql, String description) {
    return new Measure(name, Kind.COUNT, sql, null, null, null, description);
  }

  public static Measure rate(
      String name, String numerator, String denominator, String description) {
    return new Measure(name, Kind.RATE, null, numerator, denominator, null, description);
  }

  /** Days, measured on the referrals or openings that {@code basis} counts. */
  public static Measure days(String name, String sql, String basis, String description) {
    return new Measure(name, Kind.DAYS, sql, null, null, basis, description);
  }

  boolean inSql() {
    return kind != Kind.RATE;
  }
}
