package fr.passerelle.directory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time the test's embedded PostgreSQL has used (its server, its connections' backends and
 * those that ended), read from Linux's {@code /proc}; -1 where there is none to read.
 */
final class PostgresCpu {

  /** {@code postmaster.pid} of PostgresServer's data directory. */
  private static final Path PID_FILE =
      Path.of("target", "embedded-postgres", "data", "postmaster.pid");

  /** Linux's clock ticks per second in {@code /proc/<pid>/stat}. */
  private static final long NANOS_PER_TICK = 10_000_000;

  private PostgresCpu() {}

  static long nanos() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      String server = Files.readAllLines(PID_FILE).get(0).trim();
      long ticks =
          processes
              .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
              .mapToLong(p -> ticks(p, server))
              .sum();
      return ticks * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * The server's own time and its ended children's, or a backend's own time; 0 for any other
   * process.
   */
  private static long ticks(Path process, String server) {
    String[] fields;
    try {
      String stat = Files.readString(process.resolve("stat"));
      fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    } catch (IOException | RuntimeException e) {
      return 0; // it ended meanwhile
    }
    // After the name: state, ppid, ..., utime (14th field of the line), stime, cutime, cstime.
    long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    if (process.getFileName().toString().equals(server)) {
      return own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }
    return fields[1].equals(server) ? own : 0;
  }
}
