package fr.passerelle.prospection.jointaction;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.identifiers.SafirCode;
import fr.passerelle.platform.web.openapi.Bounds;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of joint actions. */
public final class JointActionApi {

  private JointActionApi() {}

  static final int TITLE_MAX_LENGTH = 200;
  static final int MAX_SITES = 20;
  static final int MAX_AGENCIES = 20;
  static final int MAX_EMPLOYERS = 200;
  static final int MAX_YOUNG_PEOPLE = 100000;

  @NoNir
  @Schema(
      name = "JointActionRecord",
      description =
          "An employer event both networks held together. Attendance is a count: no young"
              + " person's name or contact anywhere, the title included.")
  public record RecordJointAction(
      @NotNull @Schema(example = "JOB_DATING") JointAction.Kind kind,
      @NotBlank
          @Size(max = TITLE_MAX_LENGTH)
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
              example = "59350",
              maxLength = InseeCommuneCode.MAX_LENGTH)
          String communeCode,
      @NotNull
          @NotEmpty
          @Size(max = MAX_SITES)
          @Schema(
              description = "The E2C sites that organised it, one at least",
              type = SchemaType.ARRAY,
              implementation = UUID.class)
          List<@NotNull UUID> siteIds,
      @NotNull
          @NotEmpty
          @Size(max = MAX_AGENCIES)
          @Schema(
              description =
                  "The Pôle emploi agencies (SAFIR codes) that organised it, one at least",
              example = "[\"59021\"]")
          List<@NotNull @SafirCode @Size(max = SafirCode.MAX_LENGTH) String> agencySafirs,
      @NotNull
          @NotEmpty
          @Size(max = MAX_EMPLOYERS)
          @Schema(
              description = "The employers that took part, of the caller's territory",
              type = SchemaType.ARRAY,
              implementation = UUID.class)
          List<@NotNull UUID> employerIds,
      @NotNull
          @Min(0)
          @Max(MAX_YOUNG_PEOPLE)
          @Schema(
              description = "How many young people attended: a count, never names",
              example = "24")
          Integer youngPeopleCount) {}

  @Schema(name = "JointAction", description = "An employer event both networks held together")
  public record JointActionView(
      UUID id,
      JointAction.Kind kind,
      @Schema(maxLength = TITLE_MAX_LENGTH) String title,
      LocalDate heldOn,
      @Schema(example = "59350", maxLength = InseeCommuneCode.MAX_LENGTH) String communeCode,
      @Schema(example = "59", maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH)
          String departmentCode,
      @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = MAX_SITES)
          List<UUID> siteIds,
      @Schema(maxItems = MAX_AGENCIES) List<@Size(max = SafirCode.MAX_LENGTH) String> agencySafirs,
      @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = MAX_EMPLOYERS)
          List<UUID> employerIds,
      @Schema(minimum = "0", maximum = "" + MAX_YOUNG_PEOPLE) int youngPeopleCount,
      @Schema(description = "Who recorded it (work identity)", maxLength = Bounds.ACTOR_MAX_LENGTH)
          String recordedBy,
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
