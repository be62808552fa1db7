package fr.passerelle.gateway.security;

import fr.passerelle.contracts.security.VerifiedTokenCache;
import fr.passerelle.gateway.config.GatewayConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * Verifies bearer tokens with quarkus-oidc (signature through the provider's JWKS, issuer, audience
 * {@code passerelle}, expiry) after checking the algorithm allow-list, and remembers verified
 * tokens until they expire. Authentication is not proactive in the gateway, so quarkus-oidc runs
 * only for a token the cache does not know.
 */
@Singleton
public class TokenVerifier {

  private static final BiConsumer<RoutingContext, Throwable> LEAVE_FAILURE_TO_CALLER =
      (rc, failure) -> {};

  private final VerifiedTokenCache<VerifiedToken> cache;
  private final SignatureAlgorithms algorithms;

  TokenVerifier(GatewayConfig config) {
    this.cache =
        new VerifiedTokenCache<>(
            config.tokenCache().maxSize(),
            config.tokenCache().maxTtl(),
            Clock.systemUTC(),
            // Cache upkeep runs on the calling event loop: handing it to a pool would wake a
            // thread for it several times per thousand requests.
            Runnable::run,
            VerifiedToken::expiresAtEpochSecond);
    this.algorithms = new SignatureAlgorithms(config.security().allowedAlgorithms());
  }

  /** The caller of a token verified before and not expired since, or null. */
  public VerifiedToken remembered(String token) {
    return cache.get(token);
  }

  /**
   * Verifies the request's token. Fails with {@link AuthenticationFailedException} for a bad token,
   * with another exception when the identity provider could not be asked.
   */
  public Uni<VerifiedToken> verify(RoutingContext rc, String token) {
    if (!algorithms.allows(token)) {
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("signature algorithm not allowed"));
    }
    Uni<SecurityIdentity> identity = rc.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
    if (identity == null) {
      return Uni.createFrom()
          .failure(new IllegalStateException("quarkus-oidc did not prepare the authentication"));
    }
    // The gateway answers a failed authentication itself, with a problem; Quarkus must not.
    rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, LEAVE_FAILURE_TO_CALLER);
    return identity.map(
        verified -> {
          if (verified.isAnonymous()) {
            throw new AuthenticationFailedException("the token was not accepted");
          }
          VerifiedToken caller = VerifiedToken.of(verified);
          cache.put(token, caller);
          return caller;
        });
  }
}
