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
import java.util.List;

/**
 * One PostgreSQL server (zonky embedded binaries, PostgreSQL 17) whose data survives restarts, with
 * one database and one user per service.
 */
public final class Database {

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres postgres;

  Database(Path stackDirectory, int port) {
    this.dataDirectory = stackDirectory.resolve("postgres");
    this.port = port;
  }

  public void start(List<String> services) throws IOException, SQLException {
    Files.createDirectories(dataDirectory);
    postgres =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(dataDirectory.resolveSibling("postgres-binaries").toFile())
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
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
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public void stop() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
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
