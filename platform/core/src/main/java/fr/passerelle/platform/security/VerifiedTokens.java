package fr.passerelle.platform.security;

import fr.passerelle.contracts.security.VerifiedTokenCache;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities of the bearer tokens this service verified, so that a token (typically the one the
 * gateway forwards with each request of a client) is verified once, not at every request:
 * quarkus-oidc checks its signature, issuer, audience and expiry the first time, {@link
 * VerifiedTokenRecorder} remembers what it made of it, and {@link RememberedTokenProvider} answers
 * the next requests with that identity until the token's {@code exp}, at most {@code
 * passerelle.token-cache.max-ttl}. A refused token is never remembered.
 */
@Singleton
public class VerifiedTokens {

  /** Marks an identity answered from memory, which must not be remembered again. */
  static final String REMEMBERED = "passerelle.token-remembered";

  /** Attributes bound to the request that authenticated the token: never kept beyond it. */
  private static final Set<String> REQUEST_ATTRIBUTES =
      Set.of(RoutingContext.class.getName(), AuthenticationRequestContext.class.getName());

  private final VerifiedTokenCache<Remembered> cache;

  VerifiedTokens(TokenCacheConfig config) {
    this.cache =
        new VerifiedTokenCache<>(
            config.maxSize(),
            config.maxTtl(),
            Clock.systemUTC(),
            Runnable::run,
            Remembered::expiresAtEpochSecond);
  }

  /** A verified token's identity, without what belongs to the request that brought it. */
  private record Remembered(SecurityIdentity identity, long expiresAtEpochSecond) {}

  void remember(SecurityIdentity verified) {
    AccessTokenCredential credential = verified.getCredential(AccessTokenCredential.class);
    if (verified.isAnonymous()
        || verified.getAttribute(REMEMBERED) != null
        || credential == null
        || !(verified.getPrincipal() instanceof JsonWebToken token)) {
      return;
    }
    cache.put(
        credential.getToken(),
        new Remembered(withoutRequestAttributes(verified, token), token.getExpirationTime()));
  }

  /** The identity of a token verified before and still valid, for this request; else null. */
  SecurityIdentity recall(String token, RoutingContext request, AuthenticationRequestContext ctx) {
    Remembered remembered = cache.get(token);
    if (remembered == null) {
      return null;
    }
    QuarkusSecurityIdentity.Builder identity =
        QuarkusSecurityIdentity.builder(remembered.identity())
            .addAttribute(REMEMBERED, Boolean.TRUE)
            .addAttribute(AuthenticationRequestContext.class.getName(), ctx);
    if (request != null) {
      identity.addAttribute(RoutingContext.class.getName(), request);
    }
    return identity.build();
  }

  /** Whether this token is remembered (tests). */
  public boolean remembers(String token) {
    return cache.get(token) != null;
  }

  /**
   * A copy that keeps no reference to the request (a copy made with {@code builder(identity)} would
   * keep the original, request and all, for its permission checks), with the token's scopes as
   * permissions as quarkus-oidc gives them.
   */
  private static SecurityIdentity withoutRequestAttributes(
      SecurityIdentity verified, JsonWebToken token) {
    QuarkusSecurityIdentity.Builder copy =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(verified.getPrincipal())
            .addRoles(verified.getRoles())
            .addCredentials(verified.getCredentials());
    for (Map.Entry<String, Object> attribute : verified.getAttributes().entrySet()) {
      if (!REQUEST_ATTRIBUTES.contains(attribute.getKey())) {
        copy.addAttribute(attribute.getKey(), attribute.getValue());
      }
    }
    TokenClaims.text(token, "scope")
        .ifPresent(
            scopes ->
                copy.addPermissionsAsString(
                    Set.copyOf(Arrays.asList(scopes.trim().split("\\s+")))));
    return copy.build();
  }
}
