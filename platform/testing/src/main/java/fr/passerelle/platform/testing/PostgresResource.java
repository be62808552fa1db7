package fr.passerelle.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Hands Quarkus a real PostgreSQL: {@code DB_URL} (with {@code DB_USER}, {@code DB_PASSWORD}) when
 * set, else the JVM's embedded server.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    if (ExternalServers.devServicesRequested()) {
      return Map.of();
    }
    return ExternalServers.env("DB_URL")
        .map(
            url ->
                Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", ExternalServers.env("DB_USER").orElse(""),
                    "quarkus.datasource.password", ExternalServers.env("DB_PASSWORD").orElse("")))
        .orElseGet(
            () ->
                Map.of(
                    "quarkus.datasource.jdbc.url",
                    PostgresServer.shared().jdbcUrl(),
                    "quarkus.datasource.username",
                    PostgresServer.USER,
                    "quarkus.datasource.password",
                    PostgresServer.PASSWORD));
  }

  @Override
  public void stop() {
    // Shared by every Quarkus start of this JVM; a shutdown hook stops it.
  }
}
