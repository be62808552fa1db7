package fr.passerelle.reporting.indicator;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.reporting.access.ReportingScope;
import fr.passerelle.reporting.config.ReportingConfig;
import fr.passerelle.reporting.indicator.IndicatorApi.IndicatorTable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The agreement's indicator tables. Steering and admins read every territory, E2C staff their
 * sites, advisors their agency; machines are refused.
 */
@Path("/api/v1/indicators")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
@Tag(
    name = "Indicators",
    description =
        "The agreement's indicators, built from the events of the other services: JSON, or CSV"
            + " with Accept: text/csv or ?format=csv")
public class IndicatorResource {

  static final String TABLE_EXAMPLE =
      """
      {"indicator":"funnel","description":"The referral funnel (axis 2)","from":"2026-01-01",
       "to":"2026-03-31","territory":"region:32","groupBy":["month"],"smallNumbersBelow":5,
       "measures":[{"name":"submitted","kind":"COUNT","description":"referrals submitted"},
                   {"name":"admitted","kind":"COUNT","description":"admissions"}],
       "rows":[{"group":{"month":"2026-01"},"values":[
                  {"name":"submitted","value":42,"shown":"42","status":"VALUE"},
                  {"name":"admitted","shown":"<5","status":"SMALL_COUNT"}]}]}
      """;
  static final String CSV_EXAMPLE = "month;submitted;admitted\r\n2026-01;42;<5\r\n";

  private final IndicatorService indicators;
  private final ReportingScope scope;
  private final ReportingConfig config;
  private final Clock clock;

  IndicatorResource(
      IndicatorService indicators, ReportingScope scope, ReportingConfig config, Clock clock) {
    this.indicators = indicators;
    this.scope = scope;
    this.config = config;
    this.clock = clock;
  }

  @GET
  @Path("/funnel")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "The referral funnel",
      description =
          "Orientations, submissions, first answers, invitations, attendances, admissions, starts,"
              + " exits and positive exits, declines, expiries, withdrawals, transfers and rule"
              + " overrides that happened in the period, with the positive-exit rate.")
  @APIResponse(
      responseCode = "200",
      description = "The table",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorTable.class),
            examples = @ExampleObject(name = "funnel", value = TABLE_EXAMPLE)),
        @Content(
            mediaType = CsvTable.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000),
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  public IndicatorTable funnel(@Valid @BeanParam IndicatorQuery query) {
    return table(Family.FUNNEL, query);
  }

  @GET
  @Path("/refusals")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "Declines by coded reason",
      description = "The E2C's declines in the period, one row per coded reason (and grouping).")
  @APIResponse(
      responseCode = "200",
      description = "The table",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorTable.class),
            examples = @ExampleObject(name = "refusals", value = TABLE_EXAMPLE)),
        @Content(
            mediaType = CsvTable.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000),
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  public IndicatorTable refusals(@Valid @BeanParam IndicatorQuery query) {
    return table(Family.REFUSALS, query);
  }

  @GET
  @Path("/rates")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "Rates and delays",
      description =
          "Of the referrals submitted in the period: share answered within 10 days, attendance,"
              + " admission and positive-exit rates, median and 90th-percentile days to the first"
              + " answer, to admission and to the start, and the path's length to exit.")
  @APIResponse(
      responseCode = "200",
      description = "The table",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorTable.class),
            examples = @ExampleObject(name = "rates", value = TABLE_EXAMPLE)),
        @Content(
            mediaType = CsvTable.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000),
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  public IndicatorTable rates(@Valid @BeanParam IndicatorQuery query) {
    return table(Family.RATES, query);
  }

  @GET
  @Path("/company")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "The path in company",
      description =
          "Company immersions and internships (count and distinct employers) and skills"
              + " certificates, by the month they start.")
  @APIResponse(
      responseCode = "200",
      description = "The table",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorTable.class),
            examples = @ExampleObject(name = "company", value = TABLE_EXAMPLE)),
        @Content(
            mediaType = CsvTable.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000),
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  public IndicatorTable company(@Valid @BeanParam IndicatorQuery query) {
    return table(Family.COMPANY, query);
  }

  @GET
  @Path("/sessions")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "Information sessions",
      description =
          "Sessions held (and held in a Pôle emploi agency) and cancelled, seats offered and"
              + " booked in the sessions held, fill rate; by the month they take place.")
  @APIResponse(
      responseCode = "200",
      description = "The table",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorTable.class),
            examples = @ExampleObject(name = "sessions", value = TABLE_EXAMPLE)),
        @Content(
            mediaType = CsvTable.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000),
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  public IndicatorTable sessions(@Valid @BeanParam IndicatorQuery query) {
    return table(Family.SESSIONS, query);
  }

  @GET
  @Path("/coverage")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "The network's coverage and pairings",
      description =
          "Active sites against the 124 the agreement names, regions covered, sites paired with an"
              + " agency and pairings in force, as they stand now (no period; by region,"
              + " department or site). An agency counts its department.")
  @APIResponse(
      responseCode = "200",
      description = "The table",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorTable.class),
            examples = @ExampleObject(name = "coverage", value = TABLE_EXAMPLE)),
        @Content(
            mediaType = CsvTable.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000),
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  public IndicatorTable coverage(@Valid @BeanParam IndicatorQuery query) {
    return table(Family.COVERAGE, query);
  }

  @GET
  @Path("/prospection")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "Coordinated prospection",
      description =
          "Contacts held and planned (by network and channel with groupBy), joint contacts,"
              + " employers reached and reached by both networks, conflicts, over-solicitations"
              + " refused, joint actions, openings published and filled, median days to fill."
              + " Counted by department at the finest: a site or an agency counts its department.")
  @APIResponse(
      responseCode = "200",
      description = "The table",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorTable.class),
            examples = @ExampleObject(name = "prospection", value = TABLE_EXAMPLE)),
        @Content(
            mediaType = CsvTable.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000),
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  public IndicatorTable prospection(@Valid @BeanParam IndicatorQuery query) {
    return table(Family.PROSPECTION, query);
  }

  private IndicatorTable table(Family family, IndicatorQuery query) {
    SmallNumbers rule = new SmallNumbers(config.smallNumbersBelow(), scope.smallNumbersApply());
    return indicators.table(family, query.toRequest(scope.visible(query.territory()), rule, clock));
  }
}
