package fr.passerelle.prospection.lead;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.problem.Problem;
import fr.passerelle.prospection.lead.LeadApi.HandOver;
import fr.passerelle.prospection.lead.LeadApi.LeadView;
import fr.passerelle.prospection.lead.LeadApi.TakeLead;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Who leads the relationship with an employer. */
@Path("/api/v1/prospection/employers/{id}/lead")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Leads",
    description =
        "Who leads the relationship with an employer for a follow-up window: one lead at a time,"
            + " across both networks")
public class LeadResource {

  static final String HELD_EXAMPLE =
      """
      {"type": "urn:passerelle:problem:conflict", "title": "Conflict", "status": 409,
       "detail": "the employer is led by another officer; ask them to hand the lead over",
       "instance": "/api/v1/prospection/employers/7b1e4c2d-5a6f-4e3b-8c9d-0a1b2c3d4e5f/lead",
       "code": "employer-led", "leadNetwork": "PE", "leadOfficer": "company-advisor-59021",
       "leadUntil": "2026-04-01T09:30:00Z"}
      """;

  private final LeadService leads;

  LeadResource(LeadService leads) {
    this.leads = leads;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER})
  @Operation(
      summary = "Take the lead on an employer (company advisor or officer)",
      description =
          "The caller leads the relationship with the employer for a follow-up window: `days`"
              + " (the body may be left out; default 30, at most 90: 422 lead-window-too-long with maxDays). One lead at a"
              + " time across both networks: while someone else leads it, 409 with code"
              + " employer-led naming the lead's network, officer (work identity) and leadUntil."
              + " The holder taking it again renews the window from now (200). Contacts of the"
              + " other network are refused while it runs (409 prospection-conflict) unless agreed"
              + " with the holder. 404 outside the caller's territory. Publishes lead-taken.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = TakeLead.class),
              examples = @ExampleObject(name = "thirty days", value = "{\"days\": 30}")))
  @APIResponse(
      responseCode = "201",
      description = "Taken",
      content = @Content(schema = @Schema(implementation = LeadView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Renewed by its holder",
      content = @Content(schema = @Schema(implementation = LeadView.class)))
  @APIResponse(
      responseCode = "409",
      description = "employer-led: someone else leads it (leadNetwork, leadOfficer, leadUntil)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "led by another", value = HELD_EXAMPLE)))
  public Response take(@PathParam("id") UUID id, @Valid TakeLead request) {
    LeadService.Taken taken = leads.take(id, request == null ? new TakeLead(null) : request);
    return taken.created()
        ? Response.created(URI.create("/api/v1/prospection/employers/" + id + "/lead"))
            .entity(taken.lead())
            .build()
        : Response.ok(taken.lead()).build();
  }

  @GET
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Get who leads an employer now",
      description =
          "The running lead: network, officer (work identity), since and until when. 404 when"
              + " nobody leads the employer now, or outside the caller's territory.")
  @APIResponse(
      responseCode = "200",
      description = "The running lead",
      content = @Content(schema = @Schema(implementation = LeadView.class)))
  public LeadView current(@PathParam("id") UUID id) {
    return leads.current(id);
  }

  @POST
  @Path("/release")
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Release the lead (its holder or an admin)",
      description =
          "Ends the running lead before its window: nobody leads the employer afterwards. Only"
              + " its holder or an admin (403 for anyone else); 404 when nobody leads it or outside"
              + " the caller's territory. No body. Publishes lead-released.")
  @APIResponse(
      responseCode = "200",
      description = "The lead, ended",
      content = @Content(schema = @Schema(implementation = LeadView.class)))
  public Response release(@PathParam("id") UUID id) {
    return Response.ok(leads.release(id)).build();
  }

  @POST
  @Path("/handover")
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER})
  @Operation(
      summary = "Hand the lead over to a named officer (its holder)",
      description =
          "The holder hands the lead to an officer of either network, named by work identity"
              + " and network (never a name or a contact): the new holder leads for what is left"
              + " of the window, or for `days` from now (at most 90). Only the holder (403 for"
              + " anyone else); 422 handover-to-holder when naming the holder; 404 when nobody"
              + " leads it or outside the caller's territory. Publishes lead-handed-over, which"
              + " names the new lead, the network it leaves and the one it goes to.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = HandOver.class),
              examples =
                  @ExampleObject(
                      name = "to an E2C officer",
                      value = "{\"officer\": \"company-officer-1\", \"network\": \"E2C\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The new holder's lead",
      content = @Content(schema = @Schema(implementation = LeadView.class)))
  public Response handOver(@PathParam("id") UUID id, @NotNull @Valid HandOver request) {
    return Response.ok(leads.handOver(id, request)).build();
  }
}
