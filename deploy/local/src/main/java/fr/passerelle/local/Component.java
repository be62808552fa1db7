package fr.passerelle.local;

import java.nio.file.Path;
import java.util.OptionalLong;

/** One process of the stack, as {@code ./passerelle status} and {@code restart} see it. */
public interface Component {

  /** Lower-case, as typed after {@code ./passerelle restart}. */
  String name();

  /** Where a client reaches it: a URL, or host:port for PostgreSQL and Kafka. */
  String address();

  /** Starts it and waits until it is ready. */
  void start() throws Exception;

  /** Stops it cleanly; a process ended this way is not reported as dead. */
  void stop();

  /** The PID of the process the launcher started, while it runs. */
  OptionalLong pid();

  /** Its own readiness probe answers yes (any failure is a no). */
  boolean ready();

  /** Its log file. */
  Path log();

  /** Told when its process ends without {@link #stop()}: a crash, a kill from outside. */
  void whenItDies(Death.Listener listener);
}
