package fr.passerelle.reporting.indicator;

import static fr.passerelle.reporting.indicator.Measure.count;
import static fr.passerelle.reporting.indicator.Measure.days;
import static fr.passerelle.reporting.indicator.Measure.rate;

import java.util.List;
import java.util.Optional;

/**
 * The indicator families of the agreement, each a table the API serves: what it counts (its
 * source), its measures and their definitions. The README's indicator definitions are these.
 */
public enum Family {
  FUNNEL(
      "The referral funnel (axis 2): what happened in the period, by the month it happened.",
      Sources.REFERRAL_EVENTS,
      List.of(),
      Counting.YOUNG_PEOPLE,
      List.of(
          count(
              "oriented",
              "count(*) FILTER (WHERE f.kind = 'ORIENTATION_BOOKED')",
              "young people oriented to an information session without a referral"),
          count("submitted", "count(*) FILTER (WHERE f.kind = 'SUBMITTED')", "referrals submitted"),
          count(
              "answered",
              "count(*) FILTER (WHERE f.action IN ('INVITE', 'DECLINE')"
                  + " AND f.occurred_at = f.answered_at)",
              "referrals answered by the E2C for the first time (invited or declined)"),
          count("invited", "count(*) FILTER (WHERE f.action = 'INVITE')", "invitations"),
          count(
              "attended",
              "count(*) FILTER (WHERE f.action = 'RECORD_ATTENDANCE' AND f.to_status = 'ATTENDED')",
              "attendances at an information session"),
          count("admitted", "count(*) FILTER (WHERE f.action = 'ADMIT')", "admissions"),
          count("started", "count(*) FILTER (WHERE f.action = 'START_PATH')", "paths started"),
          count("exited", "count(*) FILTER (WHERE f.action = 'EXIT')", "exits"),
          count(
              "positiveExits",
              "count(*) FILTER (WHERE f.action = 'EXIT' AND f.positive_exit)",
              "positive exits (employment, work-study, qualifying training: the referral service's"
                  + " outcome classification)"),
          rate("positiveExitRate", "positiveExits", "exited", "positive exits / exits"),
          count("declined", "count(*) FILTER (WHERE f.action = 'DECLINE')", "declined by the E2C"),
          count("expired", "count(*) FILTER (WHERE f.action = 'EXPIRE')", "expired unanswered"),
          count("withdrawn", "count(*) FILTER (WHERE f.action = 'WITHDRAW')", "withdrawn"),
          count(
              "closedInactive",
              "count(*) FILTER (WHERE f.action = 'CLOSE_INACTIVE')",
              "closed after 12 months without action"),
          count("transfers", "count(*) FILTER (WHERE f.kind = 'TRANSFERRED')", "transfers"),
          count(
              "overrides",
              "count(*) FILTER (WHERE f.kind = 'SUBMITTED' AND f.overridden_rules > 0)",
              "submissions overriding an eligibility rule"))),
  REFUSALS(
      "Declines by the E2C by coded reason (axis 2), by the month they happened.",
      Sources.REFERRAL_EVENTS.restrictedTo("f.action = 'DECLINE'"),
      List.of(Grouping.REASON),
      Counting.YOUNG_PEOPLE,
      List.of(
          count(
              "declined",
              "count(*) FILTER (WHERE f.action = 'DECLINE')",
              "declines with this coded reason"))),
  RATES(
      "Rates and delays (axis 2) of the referrals submitted in the period (a cohort, by the month"
          + " of submission): what became of them so far.",
      Sources.REFERRAL_PATHS,
      List.of(),
      Counting.YOUNG_PEOPLE,
      List.of(
          count("submitted", "count(*)", "referrals submitted"),
          count(
              "answeredWithin10Days",
              "count(*) FILTER (WHERE f.answered_at <= f.submitted_at + interval '10 days')",
              "answered (invited or declined) within 10 days of submission"),
          rate(
              "answeredWithin10DaysRate",
              "answeredWithin10Days",
              "submitted",
              "share answered within 10 days"),
          count("answered", "count(f.answered_at)", "answered so far"),
          count("invited", "count(f.invited_at)", "invited so far"),
          count("attended", "count(f.attended_at)", "attended an information session"),
          rate("attendanceRate", "attended", "invited", "attended / invited"),
          count("admitted", "count(f.admitted_at)", "admitted"),
          rate("admissionRate", "admitted", "attended", "admitted / attended"),
          count("started", "count(f.started_at)", "started their path"),
          count("exited", "count(f.exited_at)", "exited"),
          count("positiveExits", "count(*) FILTER (WHERE f.positive_exit)", "positive exits"),
          rate("positiveExitRate", "positiveExits", "exited", "positive exits / exits"),
          days(
              "daysToAnswerMedian",
              Sources.median("f.answered_at - f.submitted_at"),
              "answered",
              "median days from submission to the first answer"),
          days(
              "daysToAnswerP90",
              Sources.p90("f.answered_at - f.submitted_at"),
              "answered",
              "90th percentile of days from submission to the first answer"),
          days(
              "daysToAdmissionMedian",
              Sources.median("f.admitted_at - f.submitted_at"),
              "admitted",
              "median days from submission to admission"),
          days(
              "daysToAdmissionP90",
              Sources.p90("f.admitted_at - f.submitted_at"),
              "admitted",
              "90th percentile of days from submission to admission"),
          days(
              "daysToStartMedian",
              Sources.median("f.started_at - f.submitted_at"),
              "started",
              "median days from submission to the start of the path"),
          days(
              "daysToStartP90",
              Sources.p90("f.started_at - f.submitted_at"),
              "started",
              "90th percentile of days from submission to the start of the path"),
          days(
              "pathDaysToExitMedian",
              Sources.median("f.exited_at - f.started_at"),
              "exited",
              "median length of the path, from its start to the exit, in days"))),
  COMPANY(
      "The path in company (axis 2): immersions, internships and skills certificates, by the"
          + " month they start.",
      Sources.REFERRAL_EVENTS,
      List.of(),
      Counting.YOUNG_PEOPLE,
      List.of(
          count(
              "companyImmersions",
              "count(*) FILTER (WHERE f.milestone_kind = 'COMPANY_IMMERSION')",
              "company immersions"),
          count(
              "immersionEmployers",
              "count(DISTINCT f.employer_siret) FILTER (WHERE f.milestone_kind = 'COMPANY_IMMERSION')",
              "distinct employers (SIRET) of the immersions"),
          count(
              "internships",
              "count(*) FILTER (WHERE f.milestone_kind = 'INTERNSHIP')",
              "internships"),
          count(
              "internshipEmployers",
              "count(DISTINCT f.employer_siret) FILTER (WHERE f.milestone_kind = 'INTERNSHIP')",
              "distinct employers (SIRET) of the internships"),
          count(
              "skillsCertificates",
              "count(*) FILTER (WHERE f.milestone_kind = 'SKILLS_CERTIFICATE')",
              "skills certificates"))),
  SESSIONS(
      "Information sessions (axis 1), by the month they take place.",
      Sources.SESSIONS,
      List.of(),
      Counting.YOUNG_PEOPLE,
      List.of(
          count("held", "count(*) FILTER (WHERE f.status = 'DONE')", "sessions held"),
          count(
              "heldInAgency",
              "count(*) FILTER (WHERE f.status = 'DONE' AND f.agency_id IS NOT NULL)",
              "sessions held in a Pôle emploi agency"),
          count(
              "cancelled", "count(*) FILTER (WHERE f.status = 'CANCELLED')", "sessions cancelled"),
          count(
              "seatsOffered",
              "coalesce(sum(f.capacity) FILTER (WHERE f.status = 'DONE'), 0)",
              "seats offered in the sessions held"),
          count(
              "seatsBooked",
              "coalesce(sum(f.seats_booked) FILTER (WHERE f.status = 'DONE'), 0)",
              "seats booked in the sessions held"),
          rate("fillRate", "seatsBooked", "seatsOffered", "seats booked / seats offered"))),
  COVERAGE(
      "The network's coverage and pairings (axis 1) as they stand now; no period.",
      Sources.SITES,
      List.of(),
      Counting.STRUCTURES,
      List.of(
          count("activeSites", "count(*) FILTER (WHERE f.status = 'ACTIVE')", "active E2C sites"),
          rate(
              "activeSitesShare",
              "activeSites",
              Sources.NETWORK_SITES,
              "active sites / the network's sites named by the agreement (124)"),
          count(
              "regionsCovered",
              "count(DISTINCT f.region_code) FILTER (WHERE f.status = 'ACTIVE')",
              "regions with an active site"),
          count(
              "pairedSites",
              "count(*) FILTER (WHERE f.status = 'ACTIVE' AND f.pairings > 0)",
              "active sites paired with at least one agency"),
          rate("pairedSitesShare", "pairedSites", "activeSites", "paired sites / active sites"),
          count(
              "activePairings",
              "coalesce(sum(f.pairings) FILTER (WHERE f.status = 'ACTIVE'), 0)",
              "pairings in force between an agency and an active site"))),
  PROSPECTION(
      "Coordinated prospection (axis 3), by the month it happened; by department at the finest.",
      Sources.PROSPECTION,
      List.of(),
      Counting.STRUCTURES,
      List.of(
          count(
              "contacts",
              "count(*) FILTER (WHERE f.kind = 'CONTACT' AND f.status = 'DONE')",
              "contacts held with employers"),
          count(
              "plannedContacts",
              "count(*) FILTER (WHERE f.kind = 'CONTACT' AND f.status = 'PLANNED')",
              "contacts planned"),
          count(
              "jointContacts",
              "count(*) FILTER (WHERE f.kind = 'CONTACT' AND f.status = 'DONE' AND f.joint)",
              "contacts held jointly by both networks"),
          count(
              "employersReached",
              "count(DISTINCT f.employer_id) FILTER (WHERE f.kind = 'CONTACT' AND f.status = 'DONE')",
              "distinct employers contacted"),
          count(
              "employersReachedByBoth",
              "count(DISTINCT f.employer_id) FILTER (WHERE f.kind = 'CONTACT' AND f.status = 'DONE'"
                  + " AND f.network = 'PE') + count(DISTINCT f.employer_id) FILTER (WHERE f.kind"
                  + " = 'CONTACT' AND f.status = 'DONE' AND f.network = 'E2C') - count(DISTINCT"
                  + " f.employer_id) FILTER (WHERE f.kind = 'CONTACT' AND f.status = 'DONE' AND"
                  + " f.network IN ('PE', 'E2C'))",
              "employers contacted by both networks"),
          count("conflicts", "count(*) FILTER (WHERE f.kind = 'CONFLICT')", "conflicts raised"),
          count(
              "overSolicitationsRefused",
              "count(*) FILTER (WHERE f.kind = 'OVER_SOLICITATION')",
              "contacts refused to protect an over-solicited employer"),
          count(
              "jointActions",
              "count(*) FILTER (WHERE f.kind = 'JOINT_ACTION')",
              "employer events held by both networks"),
          count(
              "openingsPublished",
              "count(*) FILTER (WHERE f.kind = 'OPENING_PUBLISHED')",
              "openings published"),
          count(
              "openingsFilled",
              "count(*) FILTER (WHERE f.kind = 'OPENING_FILLED')",
              "openings filled"),
          days(
              "daysToFillMedian",
              Sources.median("f.occurred_at - f.published_at", "f.kind = 'OPENING_FILLED'"),
              "openingsFilled",
              "median days from an opening's publication to its filling")));

  private final String description;
  private final Source source;
  private final List<Grouping> fixedGroupings;
  private final Counting counting;
  private final List<Measure> measures;

  /** What a family counts, and so whether the small-numbers rule protects it. */
  enum Counting {
    /** Young people and their paths (sessions: their seats): small counts are protected. */
    YOUNG_PEOPLE,
    /** Sites, pairings, employers and contacts with them: nobody to single out. */
    STRUCTURES
  }

  Family(
      String description,
      Source source,
      List<Grouping> fixedGroupings,
      Counting counting,
      List<Measure> measures) {
    this.description = description;
    this.source = source;
    this.fixedGroupings = fixedGroupings;
    this.counting = counting;
    this.measures = measures;
  }

  /** Whether the small-numbers rule applies to this family's counts. */
  public boolean countsYoungPeople() {
    return counting == Counting.YOUNG_PEOPLE;
  }

  public String description() {
    return description;
  }

  Source source() {
    return source;
  }

  /** Whether the family counts what happened in a period (coverage is a state: it does not). */
  public boolean hasPeriod() {
    return source.hasPeriod();
  }

  /** Groupings every table of the family has (the refusals' reason). */
  List<Grouping> fixedGroupings() {
    return fixedGroupings;
  }

  public List<Measure> measures() {
    return measures;
  }

  Optional<Measure> measure(String name) {
    return measures.stream().filter(m -> m.name().equals(name)).findFirst();
  }
}
