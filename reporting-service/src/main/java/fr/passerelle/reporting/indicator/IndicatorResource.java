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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
  @APIResponseSchema(
      value = IndicatorTable.class,
      responseCode = "200",
      responseDescription = "The table (JSON, or CSV: see the text/csv representation)")
  public IndicatorTable funnel(@Valid @BeanParam IndicatorQuery query) {
    return table(Family.FUNNEL, query);
  }

  @GET
  @Path("/refusals")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "Declines by coded reason",
      description = "The E2C's declines in the period, one row per coded reason (and grouping).")
  @APIResponseSchema(
      value = IndicatorTable.class,
      responseCode = "200",
      responseDescription = "The table (JSON, or CSV: see the text/csv representation)")
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
  @APIResponseSchema(
      value = IndicatorTable.class,
      responseCode = "200",
      responseDescription = "The table (JSON, or CSV: see the text/csv representation)")
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
  @APIResponseSchema(
      value = IndicatorTable.class,
      responseCode = "200",
      responseDescription = "The table (JSON, or CSV: see the text/csv representation)")
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
  @APIResponseSchema(
      value = IndicatorTable.class,
      responseCode = "200",
      responseDescription = "The table (JSON, or CSV: see the text/csv representation)")
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
  @APIResponseSchema(
      value = IndicatorTable.class,
      responseCode = "200",
      responseDescription = "The table (JSON, or CSV: see the text/csv representation)")
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
  @APIResponseSchema(
      value = IndicatorTable.class,
      responseCode = "200",
      responseDescription = "The table (JSON, or CSV: see the text/csv representation)")
  public IndicatorTable prospection(@Valid @BeanParam IndicatorQuery query) {
    return table(Family.PROSPECTION, query);
  }

  private IndicatorTable table(Family family, IndicatorQuery query) {
    SmallNumbers rule = new SmallNumbers(config.smallNumbersBelow(), scope.smallNumbersApply());
    return indicators.table(family, query.toRequest(scope.visible(query.territory()), rule, clock));
  }
}
