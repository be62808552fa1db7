package fr.passerelle.platform.retry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Exponential back-off: each wait doubles the previous one, up to a ceiling. */
public final class Backoff {

  private final Duration initial;
  private final Duration max;
  private Duration next;

  public Backoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
    this.next = initial;
  }

  /** Waits the current delay, then doubles it. */
  public void pause() throws InterruptedException {
    TimeUnit.MILLISECONDS.sleep(next.toMillis());
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
  }

  /** Back to the first delay, after a success. */
  public void reset() {
    next = initial;
  }
}
