package fr.passerelle.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process of the stack, its output in one log file, stopped by its PID only. */
public final class ManagedProcess {

  private final List<String> command;
  private final Map<String, String> environment;
  private final Path workingDirectory;
  private final Path logFile;
  private Process process;

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
    process = builder.start();
  }

  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  public Path logFile() {
    return logFile;
  }

  /** SIGTERM to the process and its children; SIGKILL after the grace period. */
  public synchronized void stop(Duration grace) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGKILL, as a crash would: no clean shutdown. */
  public synchronized void kill() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly().waitFor();
  }

  /** Resident memory in kB of the process and its children, from /proc. */
  public long rssKb() {
    if (!isAlive()) {
      return 0;
    }
    long total = Rss.ofPid(process.pid());
    for (ProcessHandle child : process.descendants().toList()) {
      total += Rss.ofPid(child.pid());
    }
    return total;
  }
}
