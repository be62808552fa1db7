package fr.passerelle.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.passerelle.gateway.config.GatewayConfig;
import fr.passerelle.gateway.security.VerifiedToken;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Token-bucket rate limits per client ({@code azp}, else {@code client_id}), with Bucket4j. The
 * limit is the client's own if it has one, else the most generous of its roles' limits, else the
 * default. Buckets live in this gateway's memory: with several replicas, each enforces the limit on
 * the requests it receives.
 */
@Singleton
public class RateLimiter {

  private static final long MAX_BUCKETS = 100_000;

  private final boolean enabled;
  private final RatePolicy defaultPolicy;
  private final Map<String, RatePolicy> byClient = new LinkedHashMap<>();
  private final Map<String, RatePolicy> byRole = new LinkedHashMap<>();

  /** Per policy, the buckets of the clients it applies to. */
  private final Map<RatePolicy, Cache<String, Bucket>> buckets = new HashMap<>();

  RateLimiter(GatewayConfig config) {
    GatewayConfig.RateLimit limits = config.rateLimit();
    this.enabled = limits.enabled();
    this.defaultPolicy = RatePolicy.of("default", limits.defaultLimit());
    limits.clients().forEach((id, limit) -> byClient.put(id, RatePolicy.of("client " + id, limit)));
    limits.roles().forEach((role, limit) -> byRole.put(role, RatePolicy.of("role " + role, limit)));
    List<RatePolicy> policies = new ArrayList<>(List.of(defaultPolicy));
    policies.addAll(byClient.values());
    policies.addAll(byRole.values());
    for (RatePolicy policy : policies) {
      buckets.put(
          policy,
          Caffeine.newBuilder()
              .maximumSize(MAX_BUCKETS)
              // Upkeep on the calling event loop rather than waking a pool thread for it.
              .executor(Runnable::run)
              .expireAfterAccess(limits.idleBucketExpiry().toNanos(), TimeUnit.NANOSECONDS)
              .build());
    }
  }

  public RateDecision tryAcquire(VerifiedToken caller) {
    if (!enabled) {
      return RateDecision.UNLIMITED;
    }
    RatePolicy policy = policyFor(caller);
    // Buckets are per policy: a client seen with other roles does not inherit a bucket.
    Bucket bucket = buckets.get(policy).get(caller.clientId(), ignored -> policy.newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return new RateDecision(
        probe.isConsumed(),
        policy.burst(),
        probe.getRemainingTokens(),
        ceilSeconds(probe.getNanosToWaitForReset()),
        Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())),
        policy.header());
  }

  RatePolicy policyFor(VerifiedToken caller) {
    RatePolicy own = byClient.get(caller.clientId());
    if (own != null) {
      return own;
    }
    RatePolicy best = null;
    for (String role : caller.roles()) {
      RatePolicy candidate = byRole.get(role);
      if (candidate != null && (best == null || candidate.rate() > best.rate())) {
        best = candidate;
      }
    }
    return best != null ? best : defaultPolicy;
  }

  private static long ceilSeconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }
}
