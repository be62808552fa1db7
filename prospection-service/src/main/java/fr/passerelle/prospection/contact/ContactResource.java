package fr.passerelle.prospection.contact;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.problem.Problem;
import fr.passerelle.prospection.contact.ContactApi.ContactView;
import fr.passerelle.prospection.contact.ContactApi.MarkDone;
import fr.passerelle.prospection.contact.ContactApi.RecordContact;
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

/** The shared log of contacts with an employer. */
@Path("/api/v1/prospection/employers/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Contacts",
    description =
        "The contact log both networks share, and the agenda of planned contacts per department")
public class ContactResource {

  static final String EXAMPLE =
      """
      {"status": "DONE", "channel": "VISIT", "direction": "OUTBOUND",
       "purpose": "APPRENTICESHIP", "contactOn": "2026-03-02",
       "outcome": "Two apprenticeship places in September",
       "nextStep": "Send the E2C brochure", "nextStepOn": "2026-03-09",
       "note": "The manager prefers calls in the morning"}
      """;

  static final String JOINT_EXAMPLE =
      """
      {"status": "PLANNED", "channel": "PHONE", "direction": "OUTBOUND",
       "purpose": "COMPANY_IMMERSION", "contactOn": "2026-03-10",
       "coordinatedWith": "company-advisor-59021"}
      """;

  static final String CONFLICT_EXAMPLE =
      """
      {"type": "urn:passerelle:problem:conflict", "title": "Conflict", "status": 409,
       "detail": "the other network leads the relationship with this employer; agree the contact\
       with the leading officer and name them in coordinatedWith",
       "instance": "/api/v1/prospection/employers/7b1e4c2d-5a6f-4e3b-8c9d-0a1b2c3d4e5f/contacts",
       "code": "prospection-conflict", "leadNetwork": "PE", "leadOfficer": "company-advisor-59021",
       "leadUntil": "2026-04-01T09:30:00Z"}
      """;

  static final String OVER_SOLICITED_EXAMPLE =
      """
      {"type": "urn:passerelle:problem:conflict", "title": "Conflict", "status": 409,
       "detail": "the employer already has 3 outbound contacts within 30 days of this one, across\
       both networks; only a contact the employer asks for (INBOUND) is recorded",
       "instance": "/api/v1/prospection/employers/7b1e4c2d-5a6f-4e3b-8c9d-0a1b2c3d4e5f/contacts",
       "code": "employer-over-solicited", "outboundContacts": 3, "ceiling": 3, "windowDays": 30}
      """;

  private final ContactService contacts;

  ContactResource(ContactService contacts) {
    this.contacts = contacts;
  }

  @POST
  @CountsRefusals
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER})
  @Operation(
      summary = "Plan or record a contact with an employer (company advisor or officer)",
      description =
          "PLANNED (today or later: it appears on the department's agenda) or DONE (today or"
              + " before: the employer's lastContactOn moves to its day); channel, direction"
              + " (INBOUND when the employer asked for it), purpose, outcome, next step and its"
              + " day (not before the contact: 422 next-step-before-contact; 422 date-in-future,"
              + " planned-in-past). The note and every free text: no NIR, and no young person's"
              + " name or contact (phone, e-mail, address) — both networks read the log. The"
              + " author and their network come from the token.\n\n"
              + "Coordination: while the other network leads the employer, 409 with code"
              + " prospection-conflict naming leadNetwork, leadOfficer (work identity) and"
              + " leadUntil — unless `coordinatedWith` names that leading officer: then the contact"
              + " is recorded as joint. At most 3 OUTBOUND contacts (planned or done, both networks;"
              + " the ceiling and its window are configurable) per employer in any 30 days: beyond, 409 employer-over-solicited with"
              + " outboundContacts, ceiling and windowDays; INBOUND contacts are neither refused"
              + " nor counted. A refused contact changes nothing; its conflict-raised or"
              + " over-solicitation-refused event is published all the same. 404 outside the"
              + " caller's territory. Publishes contact-recorded.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = RecordContact.class),
              examples = {
                @ExampleObject(name = "visit done", value = EXAMPLE),
                @ExampleObject(name = "planned, agreed with the lead", value = JOINT_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "prospection-conflict (the other network leads; members leadNetwork, leadOfficer,"
              + " leadUntil), employer-over-solicited (outboundContacts, ceiling, windowDays)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "Problem"),
              examples = {
                @ExampleObject(name = "conflict", value = CONFLICT_EXAMPLE),
                @ExampleObject(name = "over-solicited", value = OVER_SOLICITED_EXAMPLE)
              }))
  public Response record(@PathParam("id") UUID id, @NotNull @Valid RecordContact request) {
    ContactView contact = contacts.record(id, request);
    return Response.created(
            URI.create("/api/v1/prospection/employers/" + id + "/contacts/" + contact.id()))
        .entity(contact)
        .build();
  }

  @GET
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "List an employer's contacts",
      description =
          "Both networks' contacts, planned and done, by day then id (oldest first),"
              + " cursor-paginated. 404 outside the caller's territory.")
  public Page<ContactView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
    return contacts.list(id, page);
  }

  @GET
  @Path("/{contactId}")
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Get a contact",
      description = "404 when it is not this employer's, or outside the caller's territory.")
  @APIResponse(
      responseCode = "200",
      description = "The contact",
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  public ContactView get(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
    return contacts.get(id, contactId);
  }

  @POST
  @Path("/{contactId}/done")
  @CountsRefusals
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER})
  @Operation(
      summary = "Record that a planned contact took place (its network)",
      description =
          "On its day or a later one (`contactOn`, today or before; default the planned day),"
              + " with its outcome and next step: it leaves the agenda and the employer's"
              + " lastContactOn moves to its day. Only the author's network (403 for the other);"
              + " 409 with `status` when it is done already. The coordination rules apply again:"
              + " 409 prospection-conflict if the other network took the lead since (unless"
              + " `coordinatedWith`, or the one planned, names its officer), and a new day is"
              + " counted against the solicitation ceiling. Free texts: no NIR, no young person's"
              + " name or contact. Publishes contact-recorded (status DONE).")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = MarkDone.class),
              examples =
                  @ExampleObject(
                      name = "done",
                      value =
                          "{\"outcome\": \"One job dating place\", \"nextStep\": \"Call back\"}")))
  @APIResponse(
      responseCode = "200",
      description = "Done",
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "prospection-conflict (the other network leads; members leadNetwork, leadOfficer,"
              + " leadUntil), employer-over-solicited (outboundContacts, ceiling, windowDays)"
              + ", or the contact is done already (status)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "Problem"),
              examples = {
                @ExampleObject(name = "conflict", value = CONFLICT_EXAMPLE),
                @ExampleObject(name = "over-solicited", value = OVER_SOLICITED_EXAMPLE)
              }))
  public Response markDone(
      @PathParam("id") UUID id,
      @PathParam("contactId") UUID contactId,
      @NotNull @Valid MarkDone request) {
    return Response.ok(contacts.markDone(id, contactId, request)).build();
  }
}
