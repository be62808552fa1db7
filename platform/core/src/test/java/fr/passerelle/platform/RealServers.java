package fr.passerelle.platform;

import fr.passerelle.platform.testing.DatabaseProxyResource;
import fr.passerelle.platform.testing.KafkaResource;
import fr.passerelle.platform.testing.OidcResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against real PostgreSQL, Kafka and OIDC, started once. */
@WithTestResource(
    value = DatabaseProxyResource.class,
    scope = TestResourceScope.GLOBAL,
    parallel = true)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = OidcResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class RealServers {
  private RealServers() {}
}
