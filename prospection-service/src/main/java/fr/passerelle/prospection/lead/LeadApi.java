package fr.passerelle.prospection.lead;

import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.web.openapi.Bounds;
import fr.passerelle.prospection.territory.Network;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of leads. */
public final class LeadApi {

  private LeadApi() {}

  /**
   * The longest window a request may name (a 400 beyond); within it, past the configured longest
   * window (90 days by default) is a 422 {@code lead-window-too-long}.
   */
  static final int MAX_DAYS = 366;

  static final int OFFICER_MAX_LENGTH = 100;

  @Schema(name = "LeadTaking", description = "Taking the lead on an employer for a window")
  public record TakeLead(
      @Nullable
          @Min(1)
          @Max(MAX_DAYS)
          @Schema(
              description =
                  "Length of the follow-up window in days; absent: the default window (30 days)."
                      + " At most the longest window (90 days).",
              example = "30")
          Integer days) {}

  @NoNir
  @Schema(name = "LeadHandover", description = "Handing the lead over to a named officer")
  public record HandOver(
      @NotBlank
          @Size(max = OFFICER_MAX_LENGTH)
          @Schema(
              description =
                  "The officer's work identity (their login subject), never a name or a contact",
              example = "company-officer-1")
          String officer,
      @NotNull @Schema(description = "The officer's network", example = "E2C") Network network,
      @Nullable
          @Min(1)
          @Max(MAX_DAYS)
          @Schema(
              description =
                  "Length of the new holder's window in days from now; absent: what is left of the"
                      + " current window",
              example = "30")
          Integer days) {}

  @Schema(name = "EmployerLead", description = "Who leads the relationship with an employer")
  public record LeadView(
      UUID id,
      UUID employerId,
      @Schema(example = "PE") Network network,
      @Schema(
              description = "The holder's work identity",
              example = "company-advisor-59021",
              maxLength = Bounds.ACTOR_MAX_LENGTH)
          String officer,
      Instant takenAt,
      @Schema(description = "End of the follow-up window") Instant until,
      @Nullable @Schema(description = "When it ended; absent while it runs") Instant endedAt,
      @Nullable @Schema(description = "Why it ended") EmployerLead.EndReason endReason,
      @Nullable
          @Schema(
              description = "Who it was handed over to (work identity)",
              maxLength = OFFICER_MAX_LENGTH)
          String handedTo) {

    static LeadView of(EmployerLead lead) {
      return new LeadView(
          lead.id,
          lead.employerId,
          Network.valueOf(lead.network),
          lead.officer,
          lead.takenAt,
          lead.leadUntil,
          lead.endedAt,
          lead.endReason,
          lead.handedTo);
    }
  }
}
