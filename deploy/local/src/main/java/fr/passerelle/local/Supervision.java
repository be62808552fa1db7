package fr.passerelle.local;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports, in the launcher's output, each component that dies while the stack runs, and remembers
 * the death until the component starts again (for {@code ./passerelle status}).
 */
final class Supervision {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final PrintStream out;
  private final Map<String, Death> deaths = new ConcurrentHashMap<>();
  private volatile boolean stackStopping;

  Supervision(PrintStream out) {
    this.out = out;
  }

  void watch(Component component) {
    component.whenItDies(
        death -> {
          if (stackStopping) {
            return;
          }
          deaths.put(component.name(), death);
          out.printf(
              "%s  %-12s DIED (PID %d, %s); log: %s; ./passerelle restart %s%n",
              time(death),
              component.name(),
              death.pid(),
              death.exit(),
              component.log(),
              component.name());
        });
  }

  /**
   * The whole stack stops: what ends now ends on purpose, also what stops before its turn (zonky's
   * own shutdown hook stops PostgreSQL as soon as the JVM exits).
   */
  void stackStopping() {
    stackStopping = true;
  }

  void stackStarting() {
    stackStopping = false;
  }

  /** The component starts again: its last death is history. */
  void starting(Component component) {
    deaths.remove(component.name());
  }

  Optional<Death> lastDeath(Component component) {
    return Optional.ofNullable(deaths.get(component.name()));
  }

  static String time(Death death) {
    return LocalTime.ofInstant(death.at(), ZoneId.systemDefault())
        .truncatedTo(ChronoUnit.SECONDS)
        .format(TIME);
  }
}
