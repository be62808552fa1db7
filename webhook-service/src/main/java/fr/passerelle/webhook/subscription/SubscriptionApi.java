package fr.passerelle.webhook.subscription;

import fr.passerelle.platform.web.openapi.Bounds;
import fr.passerelle.webhook.events.Audience;
import fr.passerelle.webhook.events.EventTypePattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents of {@code /api/v1/webhooks/subscriptions}. */
public final class SubscriptionApi {

  static final int URL_MAX_LENGTH = 2000;
  static final int DESCRIPTION_MAX_LENGTH = 500;
  static final int EVENT_TYPES_MAX = 50;
  static final int EVENT_TYPE_MAX_LENGTH = 120;

  private SubscriptionApi() {}

  @Schema(name = "SubscriptionRequest")
  public record SubscriptionRequest(
      @NotBlank
          @Size(max = URL_MAX_LENGTH)
          @Schema(
              description =
                  "Where to POST the events: https, a public address (private, loopback,"
                      + " link-local and metadata addresses are refused at each delivery);"
                      + " redirects are not followed",
              example = "https://si.pole-emploi.example/passerelle/webhooks")
          String url,
      @NotEmpty
          @Size(max = EVENT_TYPES_MAX)
          @Schema(
              description =
                  "Event types, exact or every type under a prefix (fr.passerelle.referral.*);"
                      + " each must be one the client may receive (400 otherwise)",
              example =
                  "[\"fr.passerelle.referral.*\", \"fr.passerelle.directory.site-closed.v1\"]")
          List<
                  @NotNull @Size(max = EVENT_TYPE_MAX_LENGTH)
                  @Pattern(regexp = EventTypePattern.SYNTAX) String>
              eventTypes,
      @Size(max = DESCRIPTION_MAX_LENGTH)
          @Schema(example = "Suivi des prescriptions vers les E2C (SI Pôle emploi, recette)")
          String description,
      @Schema(description = "Deliver to it (default true); false pauses it", example = "true")
          Boolean enabled) {}

  @Schema(name = "Subscription")
  public record SubscriptionView(
      UUID id,
      @Schema(maxLength = URL_MAX_LENGTH) String url,
      @Schema(maxItems = EVENT_TYPES_MAX)
          List<@Size(max = EVENT_TYPE_MAX_LENGTH) String> eventTypes,
      @Schema(maxLength = DESCRIPTION_MAX_LENGTH) String description,
      boolean enabled,
      @Schema(
              description =
                  "Why it was disabled by the service (410 Gone, or days of failures); null when"
                      + " enabled or paused by its owner",
              maxLength = 1000)
          String disabledReason,
      Instant disabledAt,
      @Schema(description = "Since when every attempt has failed; null after a success")
          Instant failingSince,
      @Schema(
              description =
                  "Which events it may receive, from the client's role: PE_SYSTEM (its own"
                      + " referrals and orientations, the directory), PARTNER (the directory),"
                      + " ADMIN (the directory and prospection)")
          Audience audience,
      @Schema(description = "Until when the previous secret still signs, after a rotation")
          Instant previousSecretValidUntil,
      Instant createdAt,
      Instant updatedAt,
      @Schema(minimum = "0", maximum = Bounds.BIGINT_MAX) long version) {

    static SubscriptionView of(Subscription s, Instant now) {
      Instant previousUntil = s.previousSecretValidUntil(now).orElse(null);
      return new SubscriptionView(
          s.id,
          s.url,
          List.copyOf(s.eventTypes),
          s.description,
          s.enabled,
          s.disabledReason,
          s.disabledAt,
          s.failingSince,
          s.audience,
          previousUntil,
          s.createdAt,
          s.updatedAt,
          s.version);
    }
  }

  @Schema(
      name = "CreatedSubscription",
      description = "The subscription and its signing secret, shown this once")
  public record CreatedSubscription(
      @Schema(
              description =
                  "whsec_ and the base64 of 32 random bytes: the HMAC-SHA256 key of the"
                      + " webhook-signature header (Standard Webhooks); shown once, keep it",
              example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7pZ6lc3kTnE=",
              maxLength = 60)
          String secret,
      SubscriptionView subscription) {}

  @Schema(name = "RotatedSecret", description = "The new signing secret, shown this once")
  public record RotatedSecret(
      @Schema(example = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD", maxLength = 60) String secret,
      @Schema(
              description =
                  "Until then each webhook carries two signatures, with the new and the previous"
                      + " secret")
          Instant previousSecretValidUntil) {}
}
