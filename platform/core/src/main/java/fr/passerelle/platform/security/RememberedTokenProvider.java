package fr.passerelle.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asked before quarkus-oidc: answers with the identity of a bearer token verified before, and with
 * nothing otherwise, so that quarkus-oidc verifies the token (see {@link VerifiedTokens}).
 */
@ApplicationScoped
public class RememberedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

  private final VerifiedTokens tokens;

  RememberedTokenProvider(VerifiedTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public int priority() {
    return Integer.MAX_VALUE;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    return Uni.createFrom()
        .item(
            tokens.recall(
                request.getToken().getToken(),
                HttpSecurityUtils.getRoutingContextAttribute(request),
                context));
  }
}
