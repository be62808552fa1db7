package fr.passerelle.platform.testing;

import java.util.Optional;

/**
 * Decides whether tests start their own servers. An external server named by an environment
 * variable always wins; {@code PASSERELLE_DEV_SERVICES=true} starts nothing so that Quarkus Dev
 * Services (Testcontainers, needs a Docker engine) provide the servers instead.
 */
final class ExternalServers {

  private ExternalServers() {}

  static boolean devServicesRequested() {
    return Boolean.parseBoolean(System.getenv().getOrDefault("PASSERELLE_DEV_SERVICES", "false"));
  }

  static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }
}
