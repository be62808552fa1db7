package fr.passerelle.prospection.contact;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.web.openapi.Bounds;
import fr.passerelle.prospection.contact.Contact.Channel;
import fr.passerelle.prospection.contact.Contact.Direction;
import fr.passerelle.prospection.contact.Contact.Purpose;
import fr.passerelle.prospection.contact.Contact.Status;
import fr.passerelle.prospection.employer.EmployerApi;
import fr.passerelle.prospection.territory.Network;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of contacts and of the agenda. */
public final class ContactApi {

  /** What every free text of a contact says about itself. */
  static final String NO_PERSON =
      "Checked like every free text: no social security number (NIR), and no young person's name"
          + " or contact (phone, e-mail, address): the log is read by both networks.";

  private ContactApi() {}

  static final int OUTCOME_MAX_LENGTH = 500;
  static final int NEXT_STEP_MAX_LENGTH = 500;
  static final int NOTE_MAX_LENGTH = 1000;
  static final int OFFICER_MAX_LENGTH = 100;

  @NoNir
  @Schema(
      name = "ContactRecord",
      description = "A contact with an employer, planned or done. " + NO_PERSON)
  public record RecordContact(
      @NotNull @Schema(description = "PLANNED (on the agenda) or DONE", example = "DONE")
          Status status,
      @NotNull @Schema(example = "VISIT") Channel channel,
      @NotNull
          @Schema(
              description =
                  "OUTBOUND when the officer approaches the employer; INBOUND when the employer"
                      + " asked for it (never refused for over-solicitation, never counted)",
              example = "OUTBOUND")
          Direction direction,
      @NotNull @Schema(example = "APPRENTICESHIP") Purpose purpose,
      @NotNull
          @Schema(
              description =
                  "Day of the contact: today or before when DONE, today or after when PLANNED",
              example = "2026-03-02")
          LocalDate contactOn,
      @Nullable
          @Size(max = OUTCOME_MAX_LENGTH)
          @Schema(
              description = "What came out of it, in short. " + NO_PERSON,
              example = "Two apprenticeship places in September")
          String outcome,
      @Nullable
          @Size(max = NEXT_STEP_MAX_LENGTH)
          @Schema(
              description = "What happens next. " + NO_PERSON,
              example = "Send the E2C brochure")
          String nextStep,
      @Nullable
          @Schema(
              description = "When the next step is due; not before contactOn",
              example = "2026-03-09")
          LocalDate nextStepOn,
      @Nullable
          @Size(max = NOTE_MAX_LENGTH)
          @Schema(
              description = "A short note, 1,000 characters at most. " + NO_PERSON,
              example = "The manager prefers calls in the morning")
          String note,
      @Nullable
          @Size(max = OFFICER_MAX_LENGTH)
          @Schema(
              description =
                  "The work identity of the officer of the other network who leads the"
                      + " relationship, with whom this contact was agreed: while they lead, it"
                      + " makes the contact a joint one instead of a 409 prospection-conflict",
              example = "company-advisor-59021")
          String coordinatedWith) {}

  @NoNir
  @Schema(name = "ContactDone", description = "A planned contact that took place. " + NO_PERSON)
  public record MarkDone(
      @Nullable
          @Schema(
              description = "The day it took place, today or before; absent: the planned day",
              example = "2026-03-02")
          LocalDate contactOn,
      @Nullable
          @Size(max = OUTCOME_MAX_LENGTH)
          @Schema(description = NO_PERSON, example = "One job dating place")
          String outcome,
      @Nullable
          @Size(max = NEXT_STEP_MAX_LENGTH)
          @Schema(description = NO_PERSON, example = "Call back in a week")
          String nextStep,
      @Nullable @Schema(description = "Not before the contact's day") LocalDate nextStepOn,
      @Nullable
          @Size(max = NOTE_MAX_LENGTH)
          @Schema(description = "Replaces the note when given. " + NO_PERSON)
          String note,
      @Nullable
          @Size(max = OFFICER_MAX_LENGTH)
          @Schema(
              description =
                  "As when recording: the leading officer of the other network it was agreed"
                      + " with; absent: the one the planned contact named")
          String coordinatedWith) {}

  @Schema(name = "Contact", description = "A contact with an employer, in the shared log")
  public record ContactView(
      UUID id,
      UUID employerId,
      @Schema(example = "59", maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH)
          String departmentCode,
      @Schema(description = "The author's network", example = "PE") Network network,
      @Schema(
              description = "The author's work identity",
              example = "company-advisor-59021",
              maxLength = Bounds.ACTOR_MAX_LENGTH)
          String author,
      Status status,
      Channel channel,
      Direction direction,
      Purpose purpose,
      LocalDate contactOn,
      @Nullable @Schema(maxLength = OUTCOME_MAX_LENGTH) String outcome,
      @Nullable @Schema(maxLength = NEXT_STEP_MAX_LENGTH) String nextStep,
      @Nullable LocalDate nextStepOn,
      @Nullable @Schema(maxLength = NOTE_MAX_LENGTH) String note,
      @Nullable
          @Schema(
              description = "The leading officer it was agreed with",
              maxLength = OFFICER_MAX_LENGTH)
          String coordinatedWith,
      @Schema(description = "Agreed with the other network's leading officer") boolean joint,
      Instant createdAt) {

    static ContactView of(Contact c) {
      return new ContactView(
          c.id,
          c.employerId,
          c.departmentCode,
          Network.valueOf(c.network),
          c.author,
          c.status,
          c.channel,
          c.direction,
          c.purpose,
          c.contactOn,
          c.outcome,
          c.nextStep,
          c.nextStepOn,
          c.note,
          c.coordinatedWith,
          c.joint,
          c.createdAt);
    }
  }

  @Schema(name = "AgendaEntry", description = "A planned contact on a department's shared agenda")
  public record AgendaEntry(
      @Schema(description = "The contact's id") UUID id,
      UUID employerId,
      @Schema(example = "Boulangerie Fictive du Nord", maxLength = EmployerApi.NAME_MAX_LENGTH)
          String employerName,
      @Schema(example = "59350", maxLength = InseeCommuneCode.MAX_LENGTH)
          String employerCommuneCode,
      @Schema(example = "59", maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH)
          String departmentCode,
      Network network,
      @Schema(description = "The author's work identity", maxLength = Bounds.ACTOR_MAX_LENGTH)
          String author,
      Channel channel,
      Direction direction,
      Purpose purpose,
      LocalDate contactOn,
      @Nullable @Schema(maxLength = NEXT_STEP_MAX_LENGTH) String nextStep,
      @Nullable @Schema(maxLength = OFFICER_MAX_LENGTH) String coordinatedWith,
      boolean joint) {}
}
