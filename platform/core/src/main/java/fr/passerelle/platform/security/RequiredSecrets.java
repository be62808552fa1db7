package fr.passerelle.platform.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes every service check {@link DeploymentSecrets}: Quarkus validates a configuration mapping of
 * a library only when something injects it, and then does so when it reads its configuration,
 * before the datasource or Flyway start.
 */
@Startup
@ApplicationScoped
class RequiredSecrets {

  RequiredSecrets(DeploymentSecrets secrets) {
    // Nothing to do: a start without the secrets never gets here.
  }
}
