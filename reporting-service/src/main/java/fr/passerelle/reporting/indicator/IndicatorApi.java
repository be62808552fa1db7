package fr.passerelle.reporting.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the indicator operations answer. */
public final class IndicatorApi {

  public static final int MAX_ROWS = 20_000;

  private IndicatorApi() {}

  @Schema(
      name = "IndicatorTable",
      description =
          "A table of indicators: one row per group (month, territory…), one value per measure."
              + " Counts below `smallNumbersBelow` are shown as `<5` and the rates and delays built"
              + " on them withheld (`s`), for every role but admin.")
  public record IndicatorTable(
      @Schema(maxLength = 32, examples = "funnel") String indicator,
      @Schema(maxLength = 300) String description,
      @Schema(
              description =
                  "First day counted (France's time), absent for a state such as coverage")
          LocalDate from,
      @Schema(description = "Last day counted, included") LocalDate to,
      @Schema(
              maxLength = 4000,
              description =
                  "The territory counted: national, region:<code>, department:<code>,"
                      + " site:<ids> or agency:<SAFIR>",
              examples = "region:32")
          String territory,
      @Schema(maxItems = 8) List<@Size(max = 16) String> groupBy,
      @Schema(minimum = "1", maximum = "1000") int smallNumbersBelow,
      @Schema(maxItems = 30) List<MeasureDefinition> measures,
      @Schema(maxItems = MAX_ROWS) List<Row> rows) {}

  @Schema(name = "MeasureDefinition", description = "What a column counts.")
  public record MeasureDefinition(
      @Schema(maxLength = 40, examples = "positiveExitRate") String name,
      Measure.Kind kind,
      @Schema(maxLength = 300) String description) {}

  @Schema(name = "IndicatorRow", description = "One group and its values, in the measures' order.")
  public record Row(Group group, @Schema(maxItems = 30) List<Value> values) {}

  @Schema(
      name = "IndicatorGroup",
      description =
          "The group of a row: only the groupings asked for (and the family's own) are set.")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Group(
      @Schema(maxLength = 7, examples = "2026-03") String month,
      @Schema(maxLength = 3, examples = "32") String region,
      @Schema(maxLength = 3, examples = "59") String department,
      @Schema(maxLength = 36) String site,
      @Schema(maxLength = 5, examples = "59021") String agency,
      @Schema(maxLength = 40) String reason,
      @Schema(maxLength = 8, examples = "E2C") String network,
      @Schema(maxLength = 20) String channel) {}

  @Schema(
      name = "IndicatorValue",
      description =
          "A measure's value: `value` absent when it is protected (SMALL_COUNT, WITHHELD) or has no"
              + " meaning (UNDEFINED, a rate over nothing); `shown` is what a page or a CSV shows.")
  public record Value(
      @Schema(maxLength = 40) String name,
      @Schema(description = "A count, a rate between 0 and 1 (3 decimals) or days (1 decimal)")
          BigDecimal value,
      @Schema(maxLength = 16, examples = "<5") String shown,
      Status status) {}

  /** Whether a value is shown, protected by the small-numbers rule, or meaningless. */
  public enum Status {
    VALUE,
    SMALL_COUNT,
    WITHHELD,
    UNDEFINED
  }
}
