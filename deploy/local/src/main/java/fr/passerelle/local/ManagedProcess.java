package fr.passerelle.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the stack, its output in one log file, stopped by its PID only. When it ends
 * without {@link #stop}, its death listener is told.
 */
public final class ManagedProcess {

  private final List<String> command;
  private final Map<String, String> environment;
  private final Path workingDirectory;
  private final Path logFile;
  private volatile Death.Listener deathListener = death -> {};
  private volatile Process process;

  /** The process {@link #stop} was last asked to end: its exit is no death. */
  private volatile Process stopped;

  ManagedProcess(
      List<String> command, Map<String, String> environment, Path workingDirectory, Path logFile) {
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.workingDirectory = workingDirectory;
    this.logFile = logFile;
  }

  public synchronized void start() throws IOException {
    if (isAlive()) {
      return;
    }
    Files.createDirectories(logFile.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    builder.environment().putAll(environment);
    Process started = builder.start();
    process = started;
    started
        .onExit()
        .thenAccept(
            ended -> {
              // Only the current process, and only when nobody asked it to stop (its exit may
              // be seen after the next start began).
              if (stopped != started && process == started) {
                deathListener.died(
                    new Death(ended.pid(), OptionalInt.of(ended.exitValue()), Instant.now()));
              }
            });
  }

  /** Told when the process ends without {@link #stop}; {@link #kill} counts as a crash. */
  void whenItDies(Death.Listener listener) {
    this.deathListener = listener;
  }

  public boolean isAlive() {
    Process current = process;
    return current != null && current.isAlive();
  }

  /** The PID of the running process. */
  public OptionalLong pid() {
    Process current = process;
    return current != null && current.isAlive()
        ? OptionalLong.of(current.pid())
        : OptionalLong.empty();
  }

  public Path logFile() {
    return logFile;
  }

  /** The exit code of the process, once it ended. */
  OptionalInt exitCode() {
    Process current = process;
    return current != null && !current.isAlive()
        ? OptionalInt.of(current.exitValue())
        : OptionalInt.empty();
  }

  /** SIGTERM to the process and its children; SIGKILL after the grace period. */
  public synchronized void stop(Duration grace) {
    Process current = process;
    if (current == null) {
      return;
    }
    stopped = current;
    List<ProcessHandle> children = current.descendants().toList();
    current.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        children.forEach(ProcessHandle::destroyForcibly);
        current.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGKILL, as a crash would: no clean shutdown (reported as a death). */
  public synchronized void kill() throws InterruptedException {
    Process current = process;
    if (current == null) {
      return;
    }
    current.descendants().forEach(ProcessHandle::destroyForcibly);
    current.destroyForcibly().waitFor();
  }

  /** Resident memory in kB of the process and its children, from /proc. */
  public long rssKb() {
    Process current = process;
    if (current == null || !current.isAlive()) {
      return 0;
    }
    long total = Rss.ofPid(current.pid());
    for (ProcessHandle child : current.descendants().toList()) {
      total += Rss.ofPid(child.pid());
    }
    return total;
  }
}
