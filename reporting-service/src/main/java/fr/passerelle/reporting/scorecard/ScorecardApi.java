package fr.passerelle.reporting.scorecard;

import fr.passerelle.reporting.indicator.IndicatorApi.Value;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the scorecard operations take and answer. */
public final class ScorecardApi {

  private ScorecardApi() {}

  @Schema(
      name = "Scorecard",
      description =
          "The agreement's scorecard for one of its years and a territory: each axis, its"
              + " indicators, the year's target, the value to date and the same period a year"
              + " before.")
  public record Scorecard(
      @Schema(maxLength = 4000, examples = "national") String territory,
      @Schema(minimum = "1", maximum = "20") int agreementYear,
      @Schema(description = "First day of the agreement year") LocalDate from,
      @Schema(description = "Last day counted: today, or the year's last day once over")
          LocalDate to,
      @Schema(maxItems = 5) List<Axis> axes) {}

  @Schema(name = "ScorecardAxis")
  public record Axis(
      @Schema(minimum = "1", maximum = "5") int axis,
      @Schema(maxLength = 100) String title,
      @Schema(maxItems = 20) List<Line> indicators) {}

  @Schema(
      name = "ScorecardLine",
      description =
          "`trend` is the value to date minus the value a year before, when both are shown.")
  public record Line(
      @Schema(maxLength = 60, examples = "funnel.positiveExitRate") String indicator,
      @Schema(maxLength = 300) String description,
      @Schema(description = "The year's target, when steering set one (or the agreement names it)")
          BigDecimal target,
      @Schema(
              maxLength = 10,
              description = "steering (set for this year) or agreement (the figure it names)")
          String targetFrom,
      Value value,
      Value yearBefore,
      BigDecimal trend) {}

  @Schema(
      name = "ScorecardTargets",
      description = "The targets of one agreement year for one territory.")
  public record Targets(
      @Schema(minimum = "1", maximum = "20") int agreementYear,
      @Schema(maxLength = 4000, examples = "region:32") String territory,
      @Schema(maxItems = 50) List<Target> targets) {}

  @Schema(name = "ScorecardTargetsUpdate")
  public record TargetsUpdate(@NotNull @Size(max = 50) List<@Valid @NotNull Target> targets) {}

  @Schema(name = "ScorecardTarget")
  public record Target(
      @NotBlank
          @Size(max = 60)
          @Schema(
              maxLength = 60,
              examples = "funnel.positiveExitRate",
              description = "A scorecard indicator")
          String indicator,
      @NotNull
          @DecimalMin("0")
          @DecimalMax("1000000")
          @Schema(minimum = "0", maximum = "1000000", examples = "0.55")
          BigDecimal value) {}
}
