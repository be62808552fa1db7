package fr.passerelle.local;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The process of a component that makes a new one at each start (its command may change): its PID
 * while it runs, the listener told of its death (kept across restarts), and its stop.
 */
final class ProcessSlot {

  private Death.Listener deathListener = death -> {};
  private ManagedProcess process;

  /** Starts this process in the slot, its death told to the component's listener. */
  ManagedProcess start(ManagedProcess next) throws IOException {
    process = next;
    next.whenItDies(deathListener);
    next.start();
    return next;
  }

  OptionalLong pid() {
    return process == null ? OptionalLong.empty() : process.pid();
  }

  void whenItDies(Death.Listener listener) {
    deathListener = listener;
    if (process != null) {
      process.whenItDies(listener);
    }
  }

  void stop(Duration grace) {
    if (process != null) {
      process.stop(grace);
    }
  }

  /** SIGKILL, as a crash would (reported as a death). */
  void kill() throws InterruptedException {
    if (process != null) {
      process.kill();
    }
  }

  /** The exit code of the last process, once it ended. */
  OptionalInt exitCode() {
    return process == null ? OptionalInt.empty() : process.exitCode();
  }

  ManagedProcess process() {
    return process;
  }
}
