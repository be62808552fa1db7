package fr.passerelle.referral.milestone;

import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.identifiers.Siret;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Milestone request and response records. */
public final class MilestoneApi {

  private MilestoneApi() {}

  static final int TITLE_MAX_LENGTH = 200;
  static final int COMMENT_MAX_LENGTH = 1000;

  @NoNir
  @Schema(name = "MilestoneRecord")
  public record RecordMilestone(
      @NotNull @Schema(example = "COMPANY_IMMERSION") Milestone.Kind kind,
      @Nullable @Size(max = TITLE_MAX_LENGTH) @Schema(example = "PMSMP préparateur de commandes")
          String title,
      @Nullable
          @Siret
          @Schema(
              description = "The employer, for a company immersion or an internship",
              example = "73282932000074",
              maxLength = Siret.MAX_LENGTH)
          String employerSiret,
      @NotNull LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable @Size(max = COMMENT_MAX_LENGTH) String comment) {}

  @Schema(name = "Milestone")
  public record MilestoneView(
      UUID id,
      Milestone.Kind kind,
      @Nullable @Schema(maxLength = TITLE_MAX_LENGTH) String title,
      @Nullable @Schema(maxLength = Siret.MAX_LENGTH) String employerSiret,
      LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable @Schema(maxLength = COMMENT_MAX_LENGTH) String comment,
      Instant recordedAt) {

    static MilestoneView of(Milestone m) {
      return new MilestoneView(
          m.id, m.kind, m.title, m.employerSiret, m.startsOn, m.endsOn, m.comment, m.recordedAt);
    }
  }
}
