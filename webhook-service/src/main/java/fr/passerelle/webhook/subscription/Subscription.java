package fr.passerelle.webhook.subscription;

import fr.passerelle.webhook.events.Audience;
import fr.passerelle.webhook.events.EventTypePattern;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A client's subscription: which events go to which endpoint, signed with which secret. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

  @Id public UUID id;

  /** The OAuth client that made it: the only one that sees it. */
  public String owner;

  @Enumerated(EnumType.STRING)
  public Audience audience;

  public String url;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> eventTypes = new ArrayList<>();

  public String description;
  public boolean enabled;
  public String disabledReason;
  public Instant disabledAt;
  public String secret;
  public String previousSecret;
  public Instant previousSecretUntil;

  /** Since when every attempt has failed; null after a success. */
  public Instant failingSince;

  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  public boolean wants(String eventType) {
    return eventTypes.stream().anyMatch(p -> EventTypePattern.matches(p, eventType));
  }

  /** Until when the previous secret still signs, if it still does at {@code now}. */
  public Optional<Instant> previousSecretValidUntil(Instant now) {
    return previousSecret != null
            && previousSecretUntil != null
            && now.isBefore(previousSecretUntil)
        ? Optional.of(previousSecretUntil)
        : Optional.empty();
  }

  /** The secrets that sign now: the current one, and the previous one for a while. */
  public List<String> signingSecrets(Instant now) {
    return previousSecretValidUntil(now).isPresent()
        ? List.of(secret, previousSecret)
        : List.of(secret);
  }

  public void disable(String reason, Instant now) {
    enabled = false;
    disabledReason = reason;
    disabledAt = now;
    updatedAt = now;
  }
}
