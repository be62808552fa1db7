package fr.passerelle.gateway.support;

import fr.passerelle.platform.testing.OidcResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this module runs against a real OIDC provider (discovery and JWKS over HTTP) and
 * real HTTP servers standing in for the services, all started once for the one Quarkus start.
 */
@WithTestResource(value = OidcResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class GatewayTestServers {
  private GatewayTestServers() {}
}
