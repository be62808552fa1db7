package fr.passerelle.reporting.actionplan;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of /api/v1/action-plan, and their mapping from the entity. */
public final class ActionPlanApi {

  public static final int TITLE_MAX_LENGTH = 200;
  public static final int DESCRIPTION_MAX_LENGTH = 4000;
  public static final int OWNER_MAX_LENGTH = 200;
  public static final int INDICATOR_MAX_LENGTH = 100;

  /** An indicator measure's name: dot-separated camelCase words, {@code coverage.pairedSites}. */
  public static final String INDICATOR = "^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*$";

  public static final String DEPARTMENT = "^([0-9]{2}|2A|2B|97[1-6])$";
  public static final String REGION = "^[0-9]{2}$";

  /** A function, not a person's contact: no e-mail address, no phone number. */
  public static final String FUNCTION_LABEL = "^(?!.*@)(?!.*(\\d[ .-]?){8})[^\\n\\r]*$";

  private ActionPlanApi() {}

  @NoNir
  @Schema(
      name = "CommitmentRequest",
      description =
          "A commitment of the agreement's action plan. Its territory, when it concerns one, is a"
              + " department or a region, not both (400).")
  public record CommitmentRequest(
      @NotBlank
          @Size(max = TITLE_MAX_LENGTH)
          @Schema(example = "Every E2C site paired with its local agencies")
          String title,
      @Size(max = DESCRIPTION_MAX_LENGTH)
          @Schema(
              example =
                  "Each site of the network has a signed pairing with the Pôle emploi agencies of"
                      + " its employment area.")
          String description,
      @NotBlank
          @Size(max = OWNER_MAX_LENGTH)
          @Pattern(
              regexp = FUNCTION_LABEL,
              message = "must be an organisation or a function, without e-mail or phone number")
          @Schema(
              description =
                  "Who answers for it: an organisation or a function, never a person's contact",
              example = "Réseau E2C France")
          String owner,
      @NotNull @Schema(example = "2026-06-30") LocalDate dueOn,
      @NotNull
          @Schema(
              description =
                  "PLANNED, IN_PROGRESS, DONE or ABANDONED; whether it is late is computed (late)",
              example = "IN_PROGRESS")
          CommitmentStatus status,
      @Size(max = INDICATOR_MAX_LENGTH)
          @Pattern(regexp = INDICATOR)
          @Schema(
              description = "The indicator measure that shows its progress, where one fits",
              example = "coverage.pairedSites")
          String indicator,
      @Pattern(regexp = DEPARTMENT)
          @Size(max = Location.DEPARTMENT_CODE_MAX_LENGTH)
          @Schema(description = "The department it concerns", example = "59")
          String departmentCode,
      @Pattern(regexp = REGION)
          @Size(max = Location.REGION_CODE_MAX_LENGTH)
          @Schema(description = "The region it concerns (INSEE code)", example = "32")
          String regionCode) {}

  @Schema(name = "Commitment", description = "A commitment of the agreement's action plan")
  public record CommitmentView(
      UUID id,
      @Schema(maxLength = TITLE_MAX_LENGTH) String title,
      @Schema(maxLength = DESCRIPTION_MAX_LENGTH) String description,
      @Schema(maxLength = OWNER_MAX_LENGTH) String owner,
      LocalDate dueOn,
      CommitmentStatus status,
      @Schema(description = "PLANNED or IN_PROGRESS and past its due date, today (Europe/Paris)")
          boolean late,
      @Schema(maxLength = INDICATOR_MAX_LENGTH) String indicator,
      @Schema(maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH) String departmentCode,
      @Schema(maxLength = Location.REGION_CODE_MAX_LENGTH) String regionCode,
      Instant createdAt,
      Instant updatedAt,
      @Schema(minimum = "0", maximum = Bounds.BIGINT_MAX) long version) {

    static CommitmentView of(Commitment c, LocalDate today) {
      return new CommitmentView(
          c.id,
          c.title,
          c.description,
          c.owner,
          c.dueOn,
          c.status,
          c.isLateOn(today),
          c.indicator,
          c.departmentCode,
          c.regionCode,
          c.createdAt,
          c.updatedAt,
          c.version);
    }
  }
}
