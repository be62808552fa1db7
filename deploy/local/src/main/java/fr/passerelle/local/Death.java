package fr.passerelle.local;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * A process of the stack that ended without being asked to: its PID, its exit code when the
 * launcher started it directly, when.
 */
public record Death(long pid, OptionalInt exitCode, Instant at) {

  /** Told of a death once, on the thread that noticed it. */
  @FunctionalInterface
  public interface Listener {
    void died(Death death);
  }

  /** {@code exit code 137} (a SIGKILL), or {@code exit code unknown}. */
  public String exit() {
    return exitCode.isPresent() ? "exit code " + exitCode.getAsInt() : "exit code unknown";
  }
}
