package fr.passerelle.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs first on every identity quarkus-oidc built from a token it verified, and remembers it before
 * the services' own augmentors add to it (they run again on a remembered identity).
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

  private final VerifiedTokens tokens;

  VerifiedTokenRecorder(VerifiedTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public int priority() {
    return Integer.MAX_VALUE;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    tokens.remember(identity);
    return Uni.createFrom().item(identity);
  }
}
