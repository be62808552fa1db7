package fr.passerelle.reporting.indicator;

import fr.passerelle.platform.web.problem.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days an indicator covers, both included, in France's time ({@code ?month=2026-03}, or {@code
 * ?from=…&to=…}; by default the last twelve months up to today).
 */
public record Period(LocalDate from, LocalDate to) {

  public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  /** The longest period one request may cover: the agreement and the years around it. */
  public static final int MAX_DAYS = 3660;

  public static Period of(String month, LocalDate from, LocalDate to, Clock clock) {
    if (month != null) {
      if (from != null || to != null) {
        throw new InvalidRequestException("month", "cannot be combined with from or to");
      }
      YearMonth yearMonth = parseMonth(month);
      return new Period(yearMonth.atDay(1), yearMonth.atEndOfMonth());
    }
    LocalDate today = LocalDate.now(clock.withZone(FRANCE));
    LocalDate end = to != null ? to : today;
    LocalDate start = from != null ? from : end.minusMonths(11).withDayOfMonth(1);
    if (start.isAfter(end)) {
      throw new InvalidRequestException("from", "must not be after to");
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new InvalidRequestException("from", "the period must not exceed " + MAX_DAYS + " days");
    }
    return new Period(start, end);
  }

  private static YearMonth parseMonth(String month) {
    try {
      return YearMonth.parse(month);
    } catch (RuntimeException e) {
      throw new InvalidRequestException("month", "must be a month such as 2026-03");
    }
  }

  public OffsetDateTime start() {
    return from.atStartOfDay(FRANCE).toOffsetDateTime();
  }

  /** The first instant after the period. */
  public OffsetDateTime end() {
    return to.plusDays(1).atStartOfDay(FRANCE).toOffsetDateTime();
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The same days a year before: the trend's reference. */
  public Period yearBefore() {
    return new Period(from.minusYears(1), to.minusYears(1));
  }
}
