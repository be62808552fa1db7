package fr.passerelle.prospection.jointaction;

import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.identifiers.SafirCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of joint actions. */
public final class JointActionApi {

  private JointActionApi() {}

  @NoNir
  @Schema(
      name = "JointActionRecord",
      description =
          "An employer event both networks held together. Attendance is a count: no young"
              + " person's name or contact anywhere, the title included.")
  public record RecordJointAction(
      @NotNull @Schema(example = "JOB_DATING") JointAction.Kind kind,
      @NotBlank
          @Size(max = 200)
          @Schema(
              description = "What it was; no young person's name or contact",
              example = "Job dating des métiers de bouche")
          String title,
      @NotNull @Schema(description = "The day it was held, today or before", example = "2026-03-12")
          LocalDate heldOn,
      @NotNull
          @InseeCommuneCode
          @Schema(
              description = "Where (INSEE code); its department must be in the caller's territory",
              example = "59350")
          String communeCode,
      @NotNull
          @NotEmpty
          @Size(max = 20)
          @Schema(description = "The E2C sites that organised it, one at least")
          List<@NotNull UUID> siteIds,
      @NotNull
          @NotEmpty
          @Size(max = 20)
          @Schema(
              description =
                  "The Pôle emploi agencies (SAFIR codes) that organised it, one at least",
              example = "[\"59021\"]")
          List<@NotNull @SafirCode String> agencySafirs,
      @NotNull
          @NotEmpty
          @Size(max = 200)
          @Schema(description = "The employers that took part, of the caller's territory")
          List<@NotNull UUID> employerIds,
      @NotNull
          @Min(0)
          @Max(100000)
          @Schema(
              description = "How many young people attended: a count, never names",
              example = "24")
          Integer youngPeopleCount) {}

  @Schema(name = "JointAction", description = "An employer event both networks held together")
  public record JointActionView(
      UUID id,
      JointAction.Kind kind,
      String title,
      LocalDate heldOn,
      @Schema(example = "59350") String communeCode,
      @Schema(example = "59") String departmentCode,
      List<UUID> siteIds,
      List<String> agencySafirs,
      List<UUID> employerIds,
      int youngPeopleCount,
      @Schema(description = "Who recorded it (work identity)") String recordedBy,
      Instant createdAt) {

    static JointActionView of(JointAction a) {
      return new JointActionView(
          a.id,
          a.kind,
          a.title,
          a.heldOn,
          a.communeCode,
          a.departmentCode,
          a.siteIds,
          a.agencySafirs,
          a.employerIds,
          a.youngPeopleCount,
          a.recordedBy,
          a.createdAt);
    }
  }
}
