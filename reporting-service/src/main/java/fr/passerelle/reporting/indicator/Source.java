package fr.passerelle.reporting.indicator;

import java.util.Map;

/**
 * The rows a family of indicators counts: a {@code FROM} clause (with {@code :generation} where the
 * generation goes), the time that places a row in the period (none for a state such as the active
 * sites), and the columns of each grouping and territory level.
 */
record Source(String from, String time, Map<Grouping, String> columns, String condition) {

  Source(String from, String time, Map<Grouping, String> columns) {
    this(from, time, columns, null);
  }

  /** The same rows, only those that meet the condition. */
  Source restrictedTo(String rowCondition) {
    return new Source(from, time, columns, rowCondition);
  }

  boolean hasPeriod() {
    return time != null;
  }

  boolean supports(Grouping grouping) {
    return columns.containsKey(grouping) || (grouping == Grouping.MONTH && hasPeriod());
  }

  String column(Grouping grouping) {
    if (grouping == Grouping.MONTH) {
      return "to_char((" + time + ") AT TIME ZONE 'Europe/Paris', 'YYYY-MM')";
    }
    return columns.get(grouping);
  }
}
