package fr.passerelle.webhook.subscription;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.webhook.subscription.SubscriptionApi.CreatedSubscription;
import fr.passerelle.webhook.subscription.SubscriptionApi.RotatedSecret;
import fr.passerelle.webhook.subscription.SubscriptionApi.SubscriptionRequest;
import fr.passerelle.webhook.subscription.SubscriptionApi.SubscriptionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A client's webhook subscriptions. */
@Path(SubscriptionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PE_SYSTEM, Roles.PARTNER, Roles.ADMIN})
@Tag(
    name = "Subscriptions",
    description =
        "Where a partner system wants the events it may read: an https endpoint, event types, a"
            + " signing secret shown once. Each client sees and changes only its own"
            + " subscriptions (another's answers 404).")
public class SubscriptionResource {

  public static final String PATH = "/api/v1/webhooks/subscriptions";
  static final String SUBSCRIPTION_ID = "5b0e2c6a-8f3d-4a1b-9c7e-2d4f6a8b0c1e";

  static final String REQUEST_EXAMPLE =
      """
      {"url": "https://si.pole-emploi.example/passerelle/webhooks",
       "eventTypes": ["fr.passerelle.referral.*"],
       "description": "Suivi des prescriptions vers les E2C", "enabled": true}
      """;

  static final String VIEW_EXAMPLE =
      """
      {"id": "5b0e2c6a-8f3d-4a1b-9c7e-2d4f6a8b0c1e",
       "url": "https://si.pole-emploi.example/passerelle/webhooks",
       "eventTypes": ["fr.passerelle.referral.*"],
       "description": "Suivi des prescriptions vers les E2C", "enabled": true,
       "audience": "PE_SYSTEM",
       "createdAt": "2026-11-30T09:30:00Z", "updatedAt": "2026-11-30T09:30:00Z", "version": 0}
      """;

  static final String CREATED_EXAMPLE =
      """
      {"secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7pZ6lc3kTnE=",
       "subscription": {"id": "5b0e2c6a-8f3d-4a1b-9c7e-2d4f6a8b0c1e",
         "url": "https://si.pole-emploi.example/passerelle/webhooks",
         "eventTypes": ["fr.passerelle.referral.*"],
         "description": "Suivi des prescriptions vers les E2C", "enabled": true,
         "audience": "PE_SYSTEM",
         "createdAt": "2026-11-30T09:30:00Z", "updatedAt": "2026-11-30T09:30:00Z", "version": 0}}
      """;

  private final SubscriptionService subscriptions;

  SubscriptionResource(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Operation(
      summary = "Subscribe an endpoint",
      description =
          "Creates a subscription of the calling client and answers its signing secret, this once."
              + " The URL must be https (plain http only to loopback where the service allows it);"
              + " every event type must be one the client may receive (400 names the one that is"
              + " not).")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = SubscriptionRequest.class),
              examples = @ExampleObject(name = "referrals", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag set; the secret is shown only here",
      content =
          @Content(
              schema = @Schema(implementation = CreatedSubscription.class),
              examples = @ExampleObject(name = "referrals", value = CREATED_EXAMPLE)))
  public Response create(@Valid @NotNull SubscriptionRequest request) {
    Versioned<CreatedSubscription> created = subscriptions.create(request);
    return EntityTags.created(URI.create(PATH + "/" + created.view().subscription().id()), created);
  }

  @GET
  @Operation(
      summary = "List my subscriptions",
      description = "The calling client's subscriptions, oldest first, cursor-paginated.")
  public Page<SubscriptionView> list(@Valid @BeanParam PageRequest page) {
    return subscriptions.list(page);
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Get a subscription",
      description = "With its version as ETag, and why the service disabled it if it did.")
  @APIResponse(
      responseCode = "200",
      description = "The subscription, ETag = its version",
      content =
          @Content(
              schema = @Schema(implementation = SubscriptionView.class),
              examples = @ExampleObject(name = "referrals", value = VIEW_EXAMPLE)))
  public Response get(@PathParam("id") @Parameter(example = SUBSCRIPTION_ID) UUID id) {
    return EntityTags.ok(subscriptions.get(id));
  }

  @PUT
  @Path("/{id}")
  @Operation(
      summary = "Change a subscription",
      description =
          "Replaces URL, event types, description and enabled; If-Match required (428 without,"
              + " 412 when stale). Enabling a subscription the service disabled clears the reason;"
              + " the deliveries it kept waiting then go out.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = SubscriptionRequest.class),
              examples = @ExampleObject(name = "referrals", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Changed; new ETag",
      content =
          @Content(
              schema = @Schema(implementation = SubscriptionView.class),
              examples = @ExampleObject(name = "referrals", value = VIEW_EXAMPLE)))
  public Response update(
      @PathParam("id") @Parameter(example = SUBSCRIPTION_ID) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull SubscriptionRequest request) {
    return EntityTags.ok(subscriptions.update(id, ifMatch, request));
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      summary = "Delete a subscription",
      description = "With its delivery log; nothing more is sent to its endpoint.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") @Parameter(example = SUBSCRIPTION_ID) UUID id) {
    subscriptions.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/secret-rotation")
  @Operation(
      summary = "Rotate the signing secret",
      description =
          "Answers a new secret, this once. For 24 hours each webhook carries two signatures in"
              + " webhook-signature, with the new and the previous secret, so the receiver can"
              + " switch without losing one.")
  @APIResponse(
      responseCode = "200",
      description = "The new secret",
      content = @Content(schema = @Schema(implementation = RotatedSecret.class)))
  public RotatedSecret rotate(@PathParam("id") @Parameter(example = SUBSCRIPTION_ID) UUID id) {
    return subscriptions.rotateSecret(id);
  }
}
