package fr.passerelle.webhook.subscription;

import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import fr.passerelle.webhook.config.WebhookConfig;
import fr.passerelle.webhook.endpoint.EndpointPolicy;
import fr.passerelle.webhook.events.Audience;
import fr.passerelle.webhook.events.EventTypePattern;
import fr.passerelle.webhook.subscription.SubscriptionApi.CreatedSubscription;
import fr.passerelle.webhook.subscription.SubscriptionApi.RotatedSecret;
import fr.passerelle.webhook.subscription.SubscriptionApi.SubscriptionRequest;
import fr.passerelle.webhook.subscription.SubscriptionApi.SubscriptionView;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A client's own subscriptions: nobody sees or changes another client's (404, as if it did not
 * exist). The secret is generated here and shown once, at creation and at each rotation.
 */
@ApplicationScoped
public class SubscriptionService {

  private static final Logger LOG = Logger.getLogger(SubscriptionService.class);

  private final Caller caller;
  private final EndpointPolicy endpoints;
  private final WebhookConfig config;
  private final Clock clock;

  SubscriptionService(Caller caller, EndpointPolicy endpoints, WebhookConfig config, Clock clock) {
    this.caller = caller;
    this.endpoints = endpoints;
    this.config = config;
    this.clock = clock;
  }

  @Transactional
  public Versioned<CreatedSubscription> create(SubscriptionRequest request) {
    Audience audience = Audience.of(caller).orElseThrow(ForbiddenException::new);
    Instant now = now();
    Subscription subscription = new Subscription();
    subscription.id = UUID.randomUUID();
    subscription.owner = caller.clientId();
    subscription.audience = audience;
    subscription.secret = SigningSecret.generate();
    subscription.createdAt = now;
    write(subscription, request, now);
    subscription.persistAndFlush();
    LOG.infof("Subscription %s created by %s", subscription.id, subscription.owner);
    return new Versioned<>(
        new CreatedSubscription(subscription.secret, SubscriptionView.of(subscription, now)),
        subscription.version);
  }

  /** The caller's subscriptions, oldest first. */
  @Transactional
  public Page<SubscriptionView> list(PageRequest page) {
    Instant now = now();
    return KeysetPage.of(Subscription.class, "s")
        .whereEquals("s.owner", caller.clientId())
        .orderBy(SortKey.instant("s.createdAt", s -> s.createdAt), SortKey.uuid("s.id", s -> s.id))
        .fetch(page)
        .map(s -> SubscriptionView.of(s, now));
  }

  @Transactional
  public Versioned<SubscriptionView> get(UUID id) {
    Subscription subscription = own(id, LockModeType.NONE);
    return new Versioned<>(SubscriptionView.of(subscription, now()), subscription.version);
  }

  /**
   * Replaces the document (If-Match required); enabling a subscription the service disabled clears
   * the reason and its deliveries waiting resume.
   */
  @Transactional
  public Versioned<SubscriptionView> update(UUID id, String ifMatch, SubscriptionRequest request) {
    Subscription subscription = own(id, LockModeType.PESSIMISTIC_WRITE);
    EntityTags.requireMatch(ifMatch, subscription.version, "subscription", id);
    Instant now = now();
    write(subscription, request, now);
    Subscription.getEntityManager().flush();
    LOG.infof("Subscription %s updated (enabled: %s)", id, subscription.enabled);
    return new Versioned<>(SubscriptionView.of(subscription, now), subscription.version);
  }

  @Transactional
  public void delete(UUID id) {
    own(id, LockModeType.PESSIMISTIC_WRITE).delete();
    LOG.infof("Subscription %s deleted", id);
  }

  /** A new secret; the previous one keeps signing (a second signature) for a while. */
  @Transactional
  public RotatedSecret rotateSecret(UUID id) {
    Subscription subscription = own(id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = now();
    subscription.previousSecret = subscription.secret;
    subscription.previousSecretUntil = now.plus(config.previousSecretLifetime());
    subscription.secret = SigningSecret.generate();
    subscription.updatedAt = now;
    LOG.infof("Subscription %s: signing secret rotated", id);
    return new RotatedSecret(subscription.secret, subscription.previousSecretUntil);
  }

  /**
   * The caller's subscription, else 404.
   *
   * @throws ResourceNotFoundException for another client's, as for one that does not exist
   */
  public Subscription own(UUID id, LockModeType lock) {
    Subscription subscription = Subscription.findById(id, lock);
    if (subscription == null || !subscription.owner.equals(caller.clientId())) {
      throw new ResourceNotFoundException("subscription", id);
    }
    return subscription;
  }

  private void write(Subscription subscription, SubscriptionRequest request, Instant now) {
    endpoints
        .refusal(request.url().strip())
        .ifPresent(
            reason -> {
              throw new InvalidRequestException("url", reason);
            });
    requireReceivable(subscription.audience, request.eventTypes());
    boolean enable = request.enabled() == null || request.enabled();
    if (enable && !subscription.enabled) {
      subscription.disabledReason = null;
      subscription.disabledAt = null;
      subscription.failingSince = null;
    }
    subscription.url = request.url().strip();
    subscription.eventTypes = request.eventTypes().stream().distinct().toList();
    subscription.description = blankToNull(request.description());
    subscription.enabled = enable;
    subscription.updatedAt = now;
  }

  private static void requireReceivable(Audience audience, List<String> patterns) {
    for (String pattern : patterns) {
      boolean any =
          audience.eventTypes().stream().anyMatch(t -> EventTypePattern.matches(pattern, t.type()));
      if (!any) {
        throw new InvalidRequestException(
            "eventTypes",
            pattern + " names no event type this client may receive (see the README's scopes)");
      }
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
