package fr.passerelle.platform.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule of the background jobs that work inside one long transaction (the bulk imports): the job
 * commits a heartbeat with each chunk of its progress, and one silent for longer than {@link
 * #SILENT_AT_MOST} died with its service, its work rolled back. Readers then record it as failed
 * with {@link #INTERRUPTED}, so that no job stays running forever after a crash.
 */
public final class Heartbeat {

  /** A chunk commits within seconds; five minutes without one is no slow job. */
  public static final Duration SILENT_AT_MOST = Duration.ofMinutes(5);

  public static final String INTERRUPTED =
      "interrupted: the service stopped during the import and nothing was imported; submit the"
          + " file again";

  private Heartbeat() {}

  public static boolean silentTooLong(Instant lastBeat, Instant now) {
    return lastBeat.plus(SILENT_AT_MOST).isBefore(now);
  }
}
