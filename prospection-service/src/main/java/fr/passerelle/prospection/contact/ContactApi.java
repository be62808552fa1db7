package fr.passerelle.prospection.contact;

import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.prospection.contact.Contact.Channel;
import fr.passerelle.prospection.contact.Contact.Direction;
import fr.passerelle.prospection.contact.Contact.Purpose;
import fr.passerelle.prospection.contact.Contact.Status;
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
          @Size(max = 500)
          @Schema(
              description = "What came out of it, in short. " + NO_PERSON,
              example = "Two apprenticeship places in September")
          String outcome,
      @Nullable
          @Size(max = 500)
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
          @Size(max = 1000)
          @Schema(
              description = "A short note, 1,000 characters at most. " + NO_PERSON,
              example = "The manager prefers calls in the morning")
          String note,
      @Nullable
          @Size(max = 100)
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
      @Nullable @Size(max = 500) @Schema(description = NO_PERSON, example = "One job dating place")
          String outcome,
      @Nullable @Size(max = 500) @Schema(description = NO_PERSON, example = "Call back in a week")
          String nextStep,
      @Nullable @Schema(description = "Not before the contact's day") LocalDate nextStepOn,
      @Nullable
          @Size(max = 1000)
          @Schema(description = "Replaces the note when given. " + NO_PERSON)
          String note,
      @Nullable
          @Size(max = 100)
          @Schema(
              description =
                  "As when recording: the leading officer of the other network it was agreed"
                      + " with; absent: the one the planned contact named")
          String coordinatedWith) {}

  @Schema(name = "Contact", description = "A contact with an employer, in the shared log")
  public record ContactView(
      UUID id,
      UUID employerId,
      @Schema(example = "59") String departmentCode,
      @Schema(description = "The author's network", example = "PE") Network network,
      @Schema(description = "The author's work identity", example = "company-advisor-59021")
          String author,
      Status status,
      Channel channel,
      Direction direction,
      Purpose purpose,
      LocalDate contactOn,
      @Nullable String outcome,
      @Nullable String nextStep,
      @Nullable LocalDate nextStepOn,
      @Nullable String note,
      @Nullable @Schema(description = "The leading officer it was agreed with")
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
      @Schema(example = "Boulangerie Fictive du Nord") String employerName,
      @Schema(example = "59350") String employerCommuneCode,
      @Schema(example = "59") String departmentCode,
      Network network,
      @Schema(description = "The author's work identity") String author,
      Channel channel,
      Direction direction,
      Purpose purpose,
      LocalDate contactOn,
      @Nullable String nextStep,
      @Nullable String coordinatedWith,
      boolean joint) {}
}
