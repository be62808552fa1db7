package fr.passerelle.webhook.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of durations in nanoseconds, printed in milliseconds. */
final class Percentiles {

  /** The latency of an event that did not arrive. */
  static final long NOT_ARRIVED = Long.MAX_VALUE;

  private final long[] sorted;

  private Percentiles(long[] sorted) {
    this.sorted = sorted;
  }

  static Percentiles of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted);
  }

  long at(double share) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(share * sorted.length);
    return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
  }

  /** {@code p50 12 ms, p95 30 ms, p99 45 ms, max 80 ms}. */
  String summary() {
    return String.format(
        "p50 %s, p95 %s, p99 %s, max %s", ms(at(0.50)), ms(at(0.95)), ms(at(0.99)), ms(at(1.0)));
  }

  static String ms(long nanos) {
    return nanos == NOT_ARRIVED ? "not arrived" : String.format("%,d ms", Math.round(nanos / 1e6));
  }
}
