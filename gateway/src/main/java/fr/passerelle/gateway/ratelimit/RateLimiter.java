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
 * Token-bucket rate limits, with Bucket4j: per person for a person's token (its {@code sub}, within
 * the client they call through), per client ({@code azp}, else {@code client_id}) for a machine's.
 * The client's limit is its own if it has one, else the most generous of its roles' limits, else
 * the default; a person's is the per-person limit, never more generous than that client limit (the
 * ceiling). So one person's loop empties their own bucket, not their colleagues'. Buckets live in
 * this gateway's memory: with several replicas, each enforces the limit on the requests it
 * receives.
 */
@Singleton
public class RateLimiter {

  private static final long MAX_BUCKETS = 100_000;

  private final boolean enabled;
  private final RatePolicy defaultPolicy;
  private final Map<String, RatePolicy> byClient = new LinkedHashMap<>();
  private final Map<String, RatePolicy> byRole = new LinkedHashMap<>();

  /** For each client limit, the limit of a person calling through such a client. */
  private final Map<RatePolicy, RatePolicy> personWithin = new HashMap<>();

  /** Per policy, the buckets of the clients (or of the people) it applies to. */
  private final Map<RatePolicy, Cache<Object, Bucket>> buckets = new HashMap<>();

  RateLimiter(GatewayConfig config) {
    GatewayConfig.RateLimit limits = config.rateLimit();
    this.enabled = limits.enabled();
    this.defaultPolicy = RatePolicy.of("default", limits.defaultLimit());
    limits.clients().forEach((id, limit) -> byClient.put(id, RatePolicy.of("client " + id, limit)));
    limits.roles().forEach((role, limit) -> byRole.put(role, RatePolicy.of("role " + role, limit)));
    RatePolicy perPerson = RatePolicy.of("person", limits.perPerson());
    List<RatePolicy> policies = new ArrayList<>(List.of(defaultPolicy));
    policies.addAll(byClient.values());
    policies.addAll(byRole.values());
    for (RatePolicy clientPolicy : List.copyOf(policies)) {
      RatePolicy personal = perPerson.within(clientPolicy);
      personWithin.put(clientPolicy, personal);
      policies.add(personal);
    }
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
    RatePolicy clientPolicy = policyFor(caller);
    RatePolicy policy = caller.isPerson() ? personWithin.get(clientPolicy) : clientPolicy;
    Object holder =
        caller.isPerson() ? new Person(caller.clientId(), caller.person()) : caller.clientId();
    // Buckets are per policy: a caller seen with other roles does not inherit a bucket.
    Bucket bucket = buckets.get(policy).get(holder, ignored -> policy.newBucket());
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

  /** A person's bucket: theirs for the client they call through. */
  private record Person(String clientId, String subject) {}

  private static long ceilSeconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }
}
