package fr.passerelle.referral;

import fr.passerelle.platform.testing.KafkaResource;
import fr.passerelle.platform.testing.OidcResource;
import fr.passerelle.platform.testing.PostgresResource;
import fr.passerelle.referral.support.DirectoryStub;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this service runs against real PostgreSQL, Kafka and OIDC, started once. The
 * directory's reservation API is played by {@link DirectoryStub} so that its answers (a full
 * session, a directory that does not answer) can be chosen; the real one is met in system-tests.
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = OidcResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = DirectoryStub.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class RealServers {
  private RealServers() {}
}
