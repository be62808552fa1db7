package fr.passerelle.webhook;

import fr.passerelle.platform.testing.KafkaResource;
import fr.passerelle.platform.testing.OidcResource;
import fr.passerelle.platform.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this service runs against real PostgreSQL, Kafka and OIDC, started once. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = OidcResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class RealServers {
  private RealServers() {}
}
