package fr.passerelle.platform.security;

import io.smallrye.config.ConfigMapping;

/**
 * The secrets a service must be given in production ({@code passerelle.secrets.*}). Each is a
 * required setting fed from an environment variable with no default outside the dev and test
 * profiles, so a production start without its own secrets stops at configuration validation, naming
 * every one missing, before it touches anything. Settings that use a secret read it from here (e.g.
 * {@code quarkus.datasource.password=${passerelle.secrets.database-password}}): an optional Quarkus
 * setting would silently take an unresolved variable as absent.
 */
@ConfigMapping(prefix = "passerelle.secrets")
public interface DeploymentSecrets {

  /** {@code DB_PASSWORD}. */
  String databasePassword();
}
