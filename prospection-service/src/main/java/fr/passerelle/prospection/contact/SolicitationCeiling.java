package fr.passerelle.prospection.contact;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The solicitation ceiling's arithmetic: at most {@code ceiling} outbound contacts with an employer
 * in any window of {@code windowDays} consecutive days, across both networks. A new contact on a
 * day belongs to every window that holds the day, so the busiest of them decides.
 */
public record SolicitationCeiling(int ceiling, int windowDays) {

  public SolicitationCeiling {
    if (ceiling < 0 || windowDays < 1) {
      throw new IllegalArgumentException("a ceiling of 0 or more over 1 day or more");
    }
  }

  /**
   * The most outbound contacts among {@code others} in one window that holds {@code day}: the
   * windows starting from {@code windowDays - 1} days before it to the day itself.
   */
  public int busiestWindow(Collection<LocalDate> others, LocalDate day) {
    int busiest = 0;
    for (int shift = windowDays - 1; shift >= 0; shift--) {
      LocalDate start = day.minusDays(shift);
      LocalDate end = start.plusDays(windowDays - 1L);
      int count = 0;
      for (LocalDate other : others) {
        if (!other.isBefore(start) && !other.isAfter(end)) {
          count++;
        }
      }
      busiest = Math.max(busiest, count);
    }
    return busiest;
  }

  /** Whether one more outbound contact on {@code day} would pass the ceiling. */
  public boolean refuses(Collection<LocalDate> others, LocalDate day) {
    return busiestWindow(others, day) >= ceiling;
  }

  /** The first day before {@code day} whose contacts can share a window with it. */
  public LocalDate reachFrom(LocalDate day) {
    return day.minusDays(windowDays - 1L);
  }

  /** The last day after {@code day} whose contacts can share a window with it. */
  public LocalDate reachTo(LocalDate day) {
    return day.plusDays(windowDays - 1L);
  }

  /** The ceiling as configured: the window in whole days, one at least. */
  public static SolicitationCeiling of(int ceiling, Duration window) {
    return new SolicitationCeiling(ceiling, (int) Math.max(1, window.toDays()));
  }
}
