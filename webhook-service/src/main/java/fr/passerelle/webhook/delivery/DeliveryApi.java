package fr.passerelle.webhook.delivery;

import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents of a subscription's delivery log. */
public final class DeliveryApi {

  /** The attempts a delivery's detail shows: the latest (redeliveries add to them). */
  static final int ATTEMPTS_SHOWN = 100;

  private DeliveryApi() {}

  @Schema(name = "Delivery")
  public record DeliveryView(
      UUID id,
      @Schema(description = "The CloudEvent id, sent as webhook-id", maxLength = 100)
          String eventId,
      @Schema(maxLength = 120) String eventType,
      @Schema(maxLength = 100) String subject,
      Instant eventTime,
      DeliveryStatus status,
      @Schema(minimum = "0", maximum = Bounds.INT_MAX) int attempts,
      @Schema(description = "When the next attempt is due; null once delivered or failed")
          Instant nextAttemptAt,
      Instant lastAttemptAt,
      @Schema(description = "The outcome of the last attempt") AttemptOutcome lastOutcome) {

    static DeliveryView of(Delivery d) {
      return new DeliveryView(
          d.id,
          d.eventId,
          d.eventType,
          d.subject,
          d.eventTime,
          d.status,
          d.attempts,
          d.nextAttemptAt,
          d.lastAttemptAt,
          d.lastOutcome == null ? null : AttemptOutcome.valueOf(d.lastOutcome));
    }
  }

  @Schema(
      name = "DeliveryDetail",
      description = "A delivery and its attempts, the latest 100 at most, oldest first")
  public record DeliveryDetail(
      DeliveryView delivery, @Schema(maxItems = ATTEMPTS_SHOWN) List<AttemptView> attempts) {}

  @Schema(name = "Attempt")
  public record AttemptView(
      Instant attemptedAt,
      @Schema(
              description = "The endpoint's status, when it answered",
              minimum = "100",
              maximum = "599")
          Integer statusCode,
      AttemptOutcome outcome,
      @Schema(description = "What went wrong, when something did", maxLength = 300) String error,
      @Schema(description = "Until the endpoint's answer", minimum = "0", maximum = Bounds.INT_MAX)
          int latencyMs) {

    static AttemptView of(Attempt a) {
      return new AttemptView(a.attemptedAt, a.statusCode, a.outcome, a.error, a.latencyMs);
    }
  }

  @Schema(name = "RedeliveryRequest")
  public record RedeliveryRequest(
      @NotNull
          @Schema(
              description = "Every event of the subscription that happened at or after this time",
              example = "2026-11-30T08:00:00Z")
          Instant since) {}

  @Schema(name = "Redelivery")
  public record RedeliveryView(
      @Schema(
              description = "Deliveries queued again, due now",
              minimum = "0",
              maximum = Bounds.INT_MAX)
          int queued) {}

  @Schema(name = "PingResult", description = "The test event's attempt, made before answering")
  public record PingResult(
      UUID deliveryId,
      @Schema(description = "The test event's id, sent as webhook-id", maxLength = 100)
          String eventId,
      AttemptView attempt) {}
}
