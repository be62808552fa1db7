package fr.passerelle.webhook.delivery;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.webhook.delivery.DeliveryApi.DeliveryDetail;
import fr.passerelle.webhook.delivery.DeliveryApi.DeliveryView;
import fr.passerelle.webhook.delivery.DeliveryApi.PingResult;
import fr.passerelle.webhook.delivery.DeliveryApi.RedeliveryRequest;
import fr.passerelle.webhook.delivery.DeliveryApi.RedeliveryView;
import fr.passerelle.webhook.subscription.SubscriptionResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A subscription's delivery log, its redeliveries and its test event. */
@Path(SubscriptionResource.PATH + "/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PE_SYSTEM, Roles.PARTNER, Roles.ADMIN})
@Tag(
    name = "Deliveries",
    description =
        "What was sent to a subscription's endpoint, each attempt, what is due again; manual"
            + " redelivery and a test event. Only the subscription's own client sees them.")
public class DeliveryResource {

  static final String SUBSCRIPTION_ID = "5b0e2c6a-8f3d-4a1b-9c7e-2d4f6a8b0c1e";
  static final String DELIVERY_ID = "9d1c3e5a-7b2f-4c6d-8e0a-1b3c5d7e9f20";

  static final String PING_EXAMPLE =
      """
      {"deliveryId": "9d1c3e5a-7b2f-4c6d-8e0a-1b3c5d7e9f20",
       "eventId": "0f6e3c1a-2b4d-4e8f-9a1c-3d5e7f9a1b2c",
       "attempt": {"attemptedAt": "2026-11-30T09:31:00Z", "statusCode": 204,
                   "outcome": "SUCCESS", "latencyMs": 38}}
      """;

  private final DeliveryLog log;

  DeliveryResource(DeliveryLog log) {
    this.log = log;
  }

  @GET
  @Path("/deliveries")
  @Operation(
      summary = "The delivery log",
      description =
          "The subscription's deliveries, newest first, optionally of one status (PENDING,"
              + " DELIVERED, FAILED): attempts made, the last outcome, when the next is due.")
  public Page<DeliveryView> list(
      @PathParam("id") @Parameter(example = SUBSCRIPTION_ID) UUID id,
      @QueryParam("status") DeliveryStatus status,
      @Valid @BeanParam PageRequest page) {
    return log.list(id, status, page);
  }

  @GET
  @Path("/deliveries/{deliveryId}")
  @Operation(
      summary = "A delivery and its attempts",
      description = "Each attempt: when, the status, the outcome, the latency.")
  public DeliveryDetail get(
      @PathParam("id") @Parameter(example = SUBSCRIPTION_ID) UUID id,
      @PathParam("deliveryId") @Parameter(example = DELIVERY_ID) UUID deliveryId) {
    return log.get(id, deliveryId);
  }

  @POST
  @Path("/deliveries/{deliveryId}/redelivery")
  @Operation(
      summary = "Deliver one event again",
      description =
          "Queues the delivery again, due now, with the whole retry schedule ahead of it; the"
              + " same webhook-id, so a receiver that has it already can tell.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  public Response redeliver(
      @PathParam("id") @Parameter(example = SUBSCRIPTION_ID) UUID id,
      @PathParam("deliveryId") @Parameter(example = DELIVERY_ID) UUID deliveryId) {
    return Response.accepted(log.redeliver(id, deliveryId)).build();
  }

  @POST
  @Path("/redeliveries")
  @Operation(
      summary = "Deliver again everything since a time",
      description =
          "Queues again, due now, every event of the subscription that happened at or after"
              + " `since`, delivered or not: to recover after an outage of the receiver.")
  @APIResponse(
      responseCode = "202",
      description = "How many were queued",
      content = @Content(schema = @Schema(implementation = RedeliveryView.class)))
  public Response redeliverSince(
      @PathParam("id") @Parameter(example = SUBSCRIPTION_ID) UUID id,
      @Valid @NotNull RedeliveryRequest request) {
    return Response.accepted(new RedeliveryView(log.redeliverSince(id, request.since()))).build();
  }

  @POST
  @Path("/ping")
  @Operation(
      summary = "Send a test event now",
      description =
          "Sends fr.passerelle.webhook.ping.v1, signed like every webhook, to the endpoint now"
              + " (whether the subscription is enabled or not) and answers the attempt's result;"
              + " it is not retried.")
  @APIResponse(
      responseCode = "200",
      description = "The attempt, whatever the endpoint answered",
      content =
          @Content(
              schema = @Schema(implementation = PingResult.class),
              examples = @ExampleObject(name = "delivered", value = PING_EXAMPLE)))
  public PingResult ping(@PathParam("id") @Parameter(example = SUBSCRIPTION_ID) UUID id)
      throws InterruptedException {
    return log.ping(id);
  }
}
