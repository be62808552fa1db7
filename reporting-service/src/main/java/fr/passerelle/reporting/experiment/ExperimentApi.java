package fr.passerelle.reporting.experiment;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.identifiers.SafirCode;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of /api/v1/experiments, and their mapping from the entity. */
public final class ExperimentApi {

  public static final int TITLE_MAX_LENGTH = 200;
  public static final int DESCRIPTION_MAX_LENGTH = 4000;
  public static final int MAX_DEPARTMENTS = 20;
  public static final int MAX_SITES = 50;
  public static final int MAX_AGENCIES = 50;
  public static final int MAX_PARTNERS = 20;
  public static final int PARTNER_MAX_LENGTH = 200;
  public static final int RESPONSIBLE_MAX_LENGTH = 200;
  public static final int MAX_OBJECTIVES = 3;
  public static final int EVALUATION_NOTES_MAX_LENGTH = 4000;
  public static final int REVIEW_NOTE_MAX_LENGTH = 1000;

  /** A department code: two digits, Corsica's 2A and 2B, or an overseas 971 to 976. */
  public static final String DEPARTMENT = "^([0-9]{2}|2A|2B|97[1-6])$";

  /**
   * A function, not a person's contact: no e-mail address ({@code @}) and no phone number (eight
   * digits or more in a row, spaces, dots and dashes between them allowed).
   */
  public static final String FUNCTION_LABEL = "^(?!.*@)(?!.*(\\d[ .-]?){8})[^\\n\\r]*$";

  static final String RESPONSIBLE_DESCRIPTION =
      "Who answers for the experiment, as a role or function (\"chargé de mission partenariat de"
          + " l'E2C\", \"directrice d'agence\"): never a person's name, e-mail or phone, which this"
          + " register does not hold (no '@', no run of eight digits)";

  private ExperimentApi() {}

  @Schema(
      name = "ExperimentTerritory",
      description =
          "Where the experiment happens, and so what its indicators are computed over: departments,"
              + " E2C sites and Pôle emploi agencies (SAFIR codes), one of them at least. An"
              + " advisor or E2C staff names only their own agency or sites (422"
              + " territory-outside-scope otherwise); departments, other sites and other agencies"
              + " are set by steering.")
  public record TerritoryRequest(
      @Size(max = MAX_DEPARTMENTS) @Schema(description = "Department codes", example = "[\"59\"]")
          List<
                  @NotNull @Pattern(regexp = DEPARTMENT)
                  @Size(max = Location.DEPARTMENT_CODE_MAX_LENGTH) String>
              departmentCodes,
      @Size(max = MAX_SITES)
          @Schema(
              description = "E2C site ids, as the directory publishes them",
              type = SchemaType.ARRAY,
              implementation = UUID.class)
          List<@NotNull UUID> siteIds,
      @Size(max = MAX_AGENCIES)
          @Schema(description = "Pôle emploi agencies, by SAFIR code", example = "[\"59021\"]")
          List<@NotNull @SafirCode @Size(max = SafirCode.MAX_LENGTH) String> agencySafirs) {

    Territory toTerritory() {
      return new Territory(
          departmentCodes == null ? List.of() : departmentCodes,
          siteIds == null ? List.of() : siteIds,
          agencySafirs == null ? List.of() : agencySafirs);
    }
  }

  @NoNir
  @Schema(
      name = "ExperimentRequest",
      description =
          "A local experiment, as proposed or updated by its territory. No young person's name or"
              + " contact anywhere, and the responsible is a function, not a person.")
  public record ExperimentRequest(
      @NotBlank
          @Size(max = TITLE_MAX_LENGTH)
          @Schema(example = "Information sessions held in the Roubaix agency")
          String title,
      @NotBlank
          @Size(max = DESCRIPTION_MAX_LENGTH)
          @Schema(
              example =
                  "A monthly information session of the E2C held in the agency, with the young"
                      + " people the advisors orient to it.")
          String description,
      @NotNull @Valid TerritoryRequest territory,
      @Size(max = MAX_PARTNERS)
          @Schema(
              description = "The organisations taking part, by name",
              example = "[\"Mission locale de Roubaix\", \"Région Hauts-de-France\"]")
          List<@NotBlank @Size(max = PARTNER_MAX_LENGTH) String> partners,
      @NotBlank
          @Size(max = RESPONSIBLE_MAX_LENGTH)
          @Pattern(
              regexp = FUNCTION_LABEL,
              message = "must be a role or function, without e-mail address or phone number")
          @Schema(description = RESPONSIBLE_DESCRIPTION, example = "Chargé de mission partenariat")
          String responsible,
      @NotNull @Schema(description = "First day", example = "2026-01-05") LocalDate startsOn,
      @NotNull
          @Schema(
              description = "Last day, on or after startsOn (422 experiment-ends-before-start)",
              example = "2026-06-30")
          LocalDate endsOn,
      @NotEmpty
          @Size(max = MAX_OBJECTIVES)
          @Schema(
              description =
                  "Which of the agreement's three aims for the young person it serves, one at"
                      + " least: SECURE_PATH (secure the path), GIVE_CONFIDENCE (give confidence),"
                      + " LEAD_TO_JOB (lead to a job)",
              example = "[\"SECURE_PATH\", \"LEAD_TO_JOB\"]")
          List<@NotNull Objective> objectives,
      @Size(max = EVALUATION_NOTES_MAX_LENGTH)
          @Schema(
              description = "What the evaluation found so far",
              example = "Attendance of the oriented young people rose from 40% to 65%.")
          String evaluationNotes) {}

  @NoNir
  @Schema(name = "ExperimentReview", description = "Steering's review: the new status and why")
  public record ReviewRequest(
      @NotNull
          @Schema(
              description =
                  "PROPOSED → RUNNING or STOPPED; RUNNING → EVALUATED; EVALUATED → EXTENDED or"
                      + " STOPPED (422 experiment-transition-not-allowed otherwise)",
              example = "RUNNING")
          ExperimentStatus status,
      @Size(max = REVIEW_NOTE_MAX_LENGTH)
          @Schema(example = "Approved by the departmental steering committee of 12 December.")
          String note) {}

  @Schema(name = "ExperimentTerritoryView", description = "Where the experiment happens")
  public record TerritoryView(
      @Schema(maxItems = MAX_DEPARTMENTS)
          List<@Size(max = Location.DEPARTMENT_CODE_MAX_LENGTH) String> departmentCodes,
      @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = MAX_SITES)
          List<UUID> siteIds,
      @Schema(maxItems = MAX_AGENCIES)
          List<@Size(max = SafirCode.MAX_LENGTH) String> agencySafirs) {}

  @Schema(name = "Experiment", description = "A local experiment of the agreement (axis 4)")
  public record ExperimentView(
      UUID id,
      @Schema(maxLength = TITLE_MAX_LENGTH) String title,
      @Schema(maxLength = DESCRIPTION_MAX_LENGTH) String description,
      TerritoryView territory,
      @Schema(maxItems = MAX_PARTNERS) List<@Size(max = PARTNER_MAX_LENGTH) String> partners,
      @Schema(description = RESPONSIBLE_DESCRIPTION, maxLength = RESPONSIBLE_MAX_LENGTH)
          String responsible,
      LocalDate startsOn,
      LocalDate endsOn,
      @Schema(maxItems = MAX_OBJECTIVES) List<Objective> objectives,
      @Schema(maxLength = EVALUATION_NOTES_MAX_LENGTH) String evaluationNotes,
      ExperimentStatus status,
      @Schema(description = "The last review's note", maxLength = REVIEW_NOTE_MAX_LENGTH)
          String reviewNote,
      @Schema(
              description = "Who made the last review (work identity)",
              maxLength = Bounds.ACTOR_MAX_LENGTH)
          String reviewedBy,
      Instant reviewedAt,
      @Schema(description = "Who proposed it (work identity)", maxLength = Bounds.ACTOR_MAX_LENGTH)
          String proposedBy,
      Instant createdAt,
      Instant updatedAt,
      @Schema(minimum = "0", maximum = Bounds.BIGINT_MAX) long version) {

    static ExperimentView of(Experiment e) {
      return new ExperimentView(
          e.id,
          e.title,
          e.description,
          new TerritoryView(
              List.copyOf(e.departmentCodes), List.copyOf(e.siteIds), List.copyOf(e.agencySafirs)),
          List.copyOf(e.partners),
          e.responsible,
          e.startsOn,
          e.endsOn,
          e.objectives.stream().map(Objective::valueOf).toList(),
          e.evaluationNotes,
          e.status,
          e.reviewNote,
          e.reviewedBy,
          e.reviewedAt,
          e.proposedBy,
          e.createdAt,
          e.updatedAt,
          e.version);
    }
  }
}
