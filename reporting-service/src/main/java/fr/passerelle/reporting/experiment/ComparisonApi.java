package fr.passerelle.reporting.experiment;

import fr.passerelle.reporting.indicator.IndicatorApi.MeasureDefinition;
import fr.passerelle.reporting.indicator.IndicatorApi.Value;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An experiment's indicators beside the rest of the country's and its own a year before. */
public final class ComparisonApi {

  private ComparisonApi() {}

  @Schema(
      name = "ExperimentComparison",
      description =
          "The referral funnel, rates and delays and the path in company of the experiment's"
              + " territory over its period, beside the same for the rest of the country over the"
              + " same days and for its own territory a year before. The small-numbers rule"
              + " applies.")
  public record Comparison(
      UUID experimentId,
      LocalDate from,
      LocalDate to,
      @Schema(maxItems = 60) List<MeasureDefinition> measures,
      @Schema(maxItems = 3) List<Side> sides) {}

  @Schema(name = "ComparisonSide")
  public record Side(
      @Schema(
              enumeration = {"experiment", "restOfCountry", "yearBefore"},
              maxLength = 13)
          String name,
      @Schema(maxLength = 4000) String territory,
      LocalDate from,
      LocalDate to,
      @Schema(maxItems = 60) List<Value> values) {}
}
