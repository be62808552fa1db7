package fr.passerelle.local;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a component to be ready, failing fast when its process died. */
final class Waiting {

  private static final Duration PAUSE = Duration.ofMillis(100);

  private Waiting() {}

  static void until(
      String what, Duration timeout, ManagedProcess process, Callable<Boolean> ready) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (ready.call()) {
          return;
        }
      } catch (Exception notYet) {
        // not ready: connection refused, 503...
      }
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException(what + " stopped while starting; see " + process.logFile());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            what
                + " not ready after "
                + timeout.toSeconds()
                + " s"
                + (process == null ? "" : "; see " + process.logFile()));
      }
      try {
        Thread.sleep(PAUSE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what);
      }
    }
  }
}
