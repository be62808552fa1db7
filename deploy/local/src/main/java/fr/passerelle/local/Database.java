package fr.passerelle.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * One PostgreSQL server (zonky embedded binaries, PostgreSQL 17) whose data survives restarts, with
 * one database and one user per service.
 */
public final class Database implements Component {

  private final Path dataDirectory;
  private final Path logs;
  private final int port;
  private final List<String> services;
  private volatile Death.Listener deathListener = death -> {};
  private volatile EmbeddedPostgres postgres;
  private volatile Postmaster postmaster;

  Database(Path stackDirectory, Path logs, int port, List<String> services) {
    this.dataDirectory = stackDirectory.resolve("postgres");
    this.logs = logs;
    this.port = port;
    this.services = List.copyOf(services);
  }

  @Override
  public String name() {
    return "postgresql";
  }

  /** host:port of the server. */
  @Override
  public String address() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void start() throws IOException, SQLException {
    Files.createDirectories(dataDirectory);
    Files.createDirectories(logs);
    ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(log().toFile());
    postgres =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(dataDirectory.resolveSibling("postgres-binaries").toFile())
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            // The stack stops PostgreSQL itself, after the services: zonky's own hook would stop it
            // first, concurrently, and leave every service to shut down against a closed database.
            .setRegisterShutdownHook(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setOutputRedirector(log)
            .setErrorRedirector(log)
            .start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      for (String service : services) {
        if (!exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + service + "'")) {
          // Demo credentials of the local stack: the service name as user and password.
          statement.execute("CREATE USER " + service + " WITH PASSWORD '" + service + "'");
        }
        if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + service + "'")) {
          statement.execute("CREATE DATABASE " + service + " OWNER " + service);
        }
      }
    }
    watchPostmaster();
  }

  /** zonky starts the postmaster itself: its PID is in the data directory's postmaster.pid. */
  private void watchPostmaster() throws IOException {
    long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0));
    Postmaster started = new Postmaster(pid);
    postmaster = started;
    ProcessHandle.of(pid)
        .ifPresentOrElse(handle -> handle.onExit().thenRun(started::ended), started::ended);
  }

  /**
   * The postmaster of one start. It is not the launcher's child (pg_ctl's daemon): the JDK polls
   * for its exit, a few seconds late, so {@link #pid()} notices a death at once as well.
   */
  private final class Postmaster {

    private final long pid;
    private final AtomicBoolean told = new AtomicBoolean();

    Postmaster(long pid) {
      this.pid = pid;
    }

    boolean alive() {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Told once, and only while it is the current one (not stopped, not replaced). */
    void ended() {
      if (postmaster == this && told.compareAndSet(false, true)) {
        deathListener.died(new Death(pid, OptionalInt.empty(), Instant.now()));
      }
    }
  }

  @Override
  public OptionalLong pid() {
    Postmaster current = postmaster;
    if (current == null) {
      return OptionalLong.empty();
    }
    if (current.alive()) {
      return OptionalLong.of(current.pid);
    }
    current.ended();
    return OptionalLong.empty();
  }

  /** A connection answers {@code SELECT 1}. */
  @Override
  public boolean ready() {
    EmbeddedPostgres current = postgres;
    if (current == null) {
      return false;
    }
    try (Connection connection = current.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      return exists(statement, "SELECT 1");
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public Path log() {
    return logs.resolve("postgresql.log");
  }

  @Override
  public void whenItDies(Death.Listener listener) {
    this.deathListener = listener;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  @Override
  public void stop() {
    Postmaster stopped = postmaster;
    postmaster = null;
    if (postgres != null) {
      boolean dead = stopped != null && !stopped.alive();
      // zonky logs an ERROR with a stack trace when pg_ctl finds no postmaster to stop; a dead
      // one was reported already. close() must run all the same: it releases the data lock.
      String zonky = EmbeddedPostgres.class.getName();
      Level level = LogManager.getLogger(zonky).getLevel();
      if (dead) {
        Configurator.setLevel(zonky, Level.OFF);
      }
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
      } finally {
        if (dead) {
          Configurator.setLevel(zonky, level);
        }
      }
      postgres = null;
    }
  }

  private static boolean exists(Statement statement, String query) throws SQLException {
    try (ResultSet result = statement.executeQuery(query)) {
      return result.next();
    }
  }
}
