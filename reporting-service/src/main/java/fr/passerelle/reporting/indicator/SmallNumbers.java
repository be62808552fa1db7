package fr.passerelle.reporting.indicator;

import fr.passerelle.reporting.indicator.IndicatorApi.Status;
import fr.passerelle.reporting.indicator.IndicatorApi.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The small-numbers rule: a count between 1 and the threshold (excluded) is shown as {@code <5}; a
 * rate built on such a count, and a delay measured on fewer referrals, are withheld ({@code s}, the
 * statistical secret). Zero is shown: it singles nobody out. Admins see every value.
 */
public record SmallNumbers(int below, boolean applies) {

  public static final String WITHHELD = "s";

  public boolean protects(long count) {
    return applies && count > 0 && count < below;
  }

  public Value count(String name, long count) {
    return protects(count)
        ? new Value(name, null, "<" + below, Status.SMALL_COUNT)
        : new Value(name, BigDecimal.valueOf(count), Long.toString(count), Status.VALUE);
  }

  /**
   * A share of two counts; a denominator that is a constant of the agreement is never protected.
   */
  public Value rate(String name, long numerator, long denominator, boolean constantDenominator) {
    if (denominator == 0) {
      return new Value(name, null, "", Status.UNDEFINED);
    }
    if (protects(numerator) || (!constantDenominator && protects(denominator))) {
      return new Value(name, null, WITHHELD, Status.WITHHELD);
    }
    BigDecimal rate =
        BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), 3, RoundingMode.HALF_UP);
    return new Value(name, rate, rate.toPlainString(), Status.VALUE);
  }

  /** Days measured on {@code basis} referrals (or openings). */
  public Value days(String name, Double days, long basis) {
    if (days == null || basis == 0) {
      return new Value(name, null, "", Status.UNDEFINED);
    }
    if (protects(basis)) {
      return new Value(name, null, WITHHELD, Status.WITHHELD);
    }
    BigDecimal rounded = BigDecimal.valueOf(days).setScale(1, RoundingMode.HALF_UP);
    return new Value(name, rounded, rounded.toPlainString(), Status.VALUE);
  }
}
