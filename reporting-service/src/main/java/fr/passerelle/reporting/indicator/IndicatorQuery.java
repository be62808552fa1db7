package fr.passerelle.reporting.indicator;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every indicator table takes: period, territory, groupings, format. */
public class IndicatorQuery extends TerritoryQuery {

  @QueryParam("month")
  @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$")
  @Parameter(
      description = "One month (France's time); not with from/to",
      example = "2026-03",
      schema = @Schema(type = SchemaType.STRING, maxLength = 7))
  String month;

  @QueryParam("from")
  @Parameter(
      description = "First day counted; default the first day of the month 11 months ago",
      example = "2026-01-01")
  LocalDate from;

  @QueryParam("to")
  @Parameter(description = "Last day counted, included; default today", example = "2026-12-31")
  LocalDate to;

  @QueryParam("groupBy")
  @Size(max = 100)
  @Pattern(regexp = "^[a-z]+(,[a-z]+)*$")
  @Parameter(
      description =
          "Comma-separated groupings among month, region, department, site, agency (and network,"
              + " channel for prospection); none gives one row for the whole period",
      example = "month,department",
      schema = @Schema(type = SchemaType.STRING, maxLength = 100))
  String groupBy;

  @QueryParam("format")
  @Pattern(regexp = "^(json|csv)$")
  @Parameter(
      description =
          "csv answers text/csv (UTF-8, ';' separated, header row, decimal comma), as the Accept"
              + " header text/csv does; json (default) application/json",
      example = "csv",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"json", "csv"},
              maxLength = 4))
  String format;

  public IndicatorRequest toRequest(Territory visible, SmallNumbers rule, Clock clock) {
    List<Grouping> groupings =
        groupBy == null || groupBy.isBlank()
            ? List.of()
            : Arrays.stream(groupBy.split(",")).map(Grouping::of).distinct().toList();
    return new IndicatorRequest(
        Period.of(month, from, to, clock), Area.of(visible), groupings, rule);
  }
}
