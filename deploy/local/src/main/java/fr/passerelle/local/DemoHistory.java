package fr.passerelle.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.passerelle.contracts.events.CloudEventHeaders;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.prospection.ConflictRaised;
import fr.passerelle.contracts.events.prospection.ContactRecorded;
import fr.passerelle.contracts.events.prospection.JointActionHeld;
import fr.passerelle.contracts.events.prospection.LeadChanged;
import fr.passerelle.contracts.events.prospection.OpeningDetails;
import fr.passerelle.contracts.events.prospection.OverSolicitationRefused;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.events.referral.MilestoneRecorded;
import fr.passerelle.contracts.events.referral.OrientationChanged;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.contracts.events.referral.ReferralSubmitted;
import fr.passerelle.contracts.events.referral.ReferralTransferred;
import fr.passerelle.contracts.events.referral.StatusChanged;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A year of fictitious history for the indicators: referrals and their paths, information-only
 * orientations, prospection contacts, leads and openings, as the CloudEvents the referral and
 * prospection services would have published over the twelve months before {@code now}.
 *
 * <p>The services stamp each event with the present time, so a year of history cannot come through
 * their APIs; it exists only as events on {@code passerelle.referral.v1} and {@code
 * passerelle.prospection.v1} (the referral service's database never holds these referrals). Each
 * event is what the outbox relay would send: the payload record of {@code platform/contracts}, the
 * same headers, the aggregate id as key, its time in {@code ce_time} and in the payload.
 *
 * <p>Deterministic: one seeded {@link Random} per story (referral {@code i}, contact {@code j}), so
 * the same seed and the same sites give the same stories, and the same event ids, whatever the
 * other stories became; an event that would fall after {@code now} is not published (that referral
 * is still under way). The funnel is shaped on the E2C network's orders of magnitude: most
 * referrals answered within ten days, about 60% invited, 70% of the invited attend, 60% of those
 * admitted, and 55% of the exits positive.
 */
final class DemoHistory {

  /** The seed of the local stack's history. */
  static final long SEED = 17L;

  /** Referrals submitted over the year. */
  static final int REFERRALS = 1500;

  /** Information-only orientations booked over the year (besides those turned into referrals). */
  static final int ORIENTATIONS = 240;

  /** Prospection contacts over the year, by both networks. */
  static final int CONTACTS = 420;

  /** Joint employer events of both networks over the year. */
  static final int JOINT_ACTIONS = 12;

  static final int DAYS = 365;

  /** The demo Pôle emploi system's client: what its submissions carry, so its webhooks get them. */
  private static final String PE_SYSTEM_CLIENT = "pe-information-system";

  private static final String PORTAL_CLIENT = Tokens.PORTAL_CLIENT;

  /**
   * The department of the demo users (E2C staff, company advisor and officer): its three sites get
   * six times the referrals of another (about 15 a month each), enough to pass the small-numbers
   * rule in their own indicators.
   */
  static final String BUSY_DEPARTMENT = ProspectionDemoData.DEMO_DEPARTMENT;

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** A demo E2C site, its department and the agency paired with it. */
  record Site(UUID id, String code, String departmentCode, String agencySafir) {}

  /** A demo employer of the prospection demo data, with the network that registered it. */
  record Employer(
      UUID id,
      String siret,
      String departmentCode,
      String communeCode,
      String romeCode,
      String network) {}

  /** One event, as the outbox relay would send it. */
  record Event(String key, UUID id, EventType<?> type, Instant time, Record payload) {

    String topic() {
      return type.topic();
    }

    /** The headers the relay writes (CloudEvents binary mode), in its order; no trace context. */
    Map<String, String> headers() {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
      headers.put(CloudEventHeaders.ID, id.toString());
      headers.put(CloudEventHeaders.TYPE, type.type());
      headers.put(CloudEventHeaders.SOURCE, type.source());
      headers.put(CloudEventHeaders.SUBJECT, key);
      headers.put(
          CloudEventHeaders.TIME,
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atOffset(ZoneOffset.UTC)));
      headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
      return headers;
    }

    /** The payload as the outbox writes it: every component, explicit nulls included. */
    byte[] json() {
      try {
        return JSON.writeValueAsBytes(payload);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("unwritable " + type.type(), e);
      }
    }
  }

  private final List<Site> sites;
  private final List<Employer> employers;
  private final long seed;
  private final Instant cutoff;
  private final LocalDate firstDay;
  private final double[] dayWeights;
  private final double[] siteWeights;
  private final double[] employerWeights;
  private final List<Event> events = new ArrayList<>();

  private DemoHistory(List<Site> sites, List<Employer> employers, Instant now, long seed) {
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("a history needs the demo sites");
    }
    this.sites = List.copyOf(sites);
    this.employers = List.copyOf(employers);
    this.seed = seed;
    // Nothing in the last minutes: the services' own events of this start come after.
    this.cutoff = now.minus(Duration.ofMinutes(10));
    this.firstDay = LocalDate.ofInstant(now, FRANCE).minusDays(DAYS);
    this.dayWeights = new double[DAYS];
    for (int d = 0; d < DAYS; d++) {
      dayWeights[d] = dayWeight(firstDay.plusDays(d), d);
    }
    this.siteWeights =
        sites.stream().mapToDouble(s -> busy(s.departmentCode()) ? 6.0 : 1.0).toArray();
    this.employerWeights =
        employers.stream().mapToDouble(e -> busy(e.departmentCode()) ? 2.0 : 1.0).toArray();
  }

  /**
   * The history of the year before {@code now}, in time order (the order it is published in).
   *
   * @param employers the prospection demo employers; none, no prospection history
   */
  static List<Event> generate(List<Site> sites, List<Employer> employers, Instant now, long seed) {
    DemoHistory history = new DemoHistory(sites, employers, now, seed);
    for (int i = 0; i < REFERRALS; i++) {
      history.referral(i);
    }
    for (int i = 0; i < ORIENTATIONS; i++) {
      history.orientation(i);
    }
    if (!employers.isEmpty()) {
      for (int j = 0; j < CONTACTS; j++) {
        history.contact(j);
      }
      for (int k = 0; k < JOINT_ACTIONS; k++) {
        history.jointAction(k);
      }
    }
    List<Event> all = new ArrayList<>(history.events);
    all.sort(Comparator.comparing(Event::time));
    return List.copyOf(all);
  }

  private static boolean busy(String departmentCode) {
    return BUSY_DEPARTMENT.equals(departmentCode);
  }

  /** Fewer referrals in summer and at Christmas, more at the start of the school year, growing. */
  private static double dayWeight(LocalDate day, int index) {
    double[] months = {1.1, 1.0, 1.1, 1.0, 0.9, 0.9, 0.6, 0.35, 1.3, 1.3, 1.2, 0.8};
    double weekday =
        switch (day.getDayOfWeek()) {
          case SATURDAY -> 0.05;
          case SUNDAY -> 0.01;
          default -> 1.0;
        };
    double growth = 0.75 + 0.5 * index / DAYS;
    return months[day.getMonthValue() - 1] * weekday * growth;
  }

  // --- Referrals ---------------------------------------------------------------------------

  /** One referral's story, from its submission to where it stands now. */
  private void referral(int i) {
    Story story = new Story("referral/" + i);
    Random r = story.random;
    Site site = sites.get(pick(r, siteWeights));
    UUID referralId = story.uuid("referral");
    UUID personId = story.uuid("person");
    Instant submitted = story.atWorkingHours(firstDay.plusDays(pick(r, dayWeights)));

    if (r.nextDouble() < 0.06) {
      // Oriented to an information session first, then referred.
      Instant booked = story.atWorkingHours(day(submitted).minusDays(5 + r.nextInt(15)));
      UUID orientationId = story.uuid("orientation");
      UUID sessionId = historicalSession(site, day(submitted).minusDays(1));
      if (!booked.isBefore(firstDay.atStartOfDay(FRANCE).toInstant())) {
        orientationEvent(
            story, orientationId, OrientationChanged.Change.BOOKED, site, sessionId, null, booked);
      }
      if (!orientationEvent(
          story,
          orientationId,
          OrientationChanged.Change.CONVERTED,
          site,
          sessionId,
          referralId,
          submitted)) {
        return;
      }
    }
    String qualification = pickOf(r, "NONE", 45, "BREVET", 25, "CAP_BEP", 22, "BAC", 8);
    List<String> overridden = new ArrayList<>();
    int age = 17 + (int) Math.min(8, Math.abs(r.nextGaussian() * 2.5));
    if (qualification.equals("BAC")) {
      overridden.add("qualification");
    }
    if (r.nextDouble() < 0.02) {
      age = 26;
      overridden.add("age");
    }
    String[] barriers = {
      "MOBILITY",
      "HOUSING",
      "CHILDCARE",
      "MONEY",
      "LANGUAGE",
      "DIGITAL",
      "ADMINISTRATIVE",
      "JUSTICE"
    };
    List<String> chosen = new ArrayList<>();
    for (String barrier : barriers) {
      if (r.nextDouble() < 0.18) {
        chosen.add(barrier);
      }
    }
    String via = r.nextDouble() < 0.15 ? "PE_SYSTEM" : "ADVISOR";
    if (!story.publish(
        referralId,
        ReferralEvents.SUBMITTED,
        submitted,
        new ReferralSubmitted(
            referralId,
            personId,
            site.id(),
            site.agencySafir(),
            site.departmentCode(),
            via,
            age,
            qualification,
            List.copyOf(chosen),
            List.copyOf(overridden),
            submitted,
            via.equals("PE_SYSTEM") ? PE_SYSTEM_CLIENT : PORTAL_CLIENT))) {
      return;
    }
    new ReferralPath(story, referralId, personId, site, submitted).walk();
  }

  /** A referral's moves after its submission, each a {@code status-changed} event. */
  private final class ReferralPath {

    private final Story story;
    private final Random r;
    private final UUID referralId;
    private final UUID personId;
    private final Instant submitted;
    private Site site;
    private String status = "SUBMITTED";
    private Instant last;

    ReferralPath(Story story, UUID referralId, UUID personId, Site site, Instant submitted) {
      this.story = story;
      this.r = story.random;
      this.referralId = referralId;
      this.personId = personId;
      this.site = site;
      this.submitted = submitted;
      this.last = submitted;
    }

    void walk() {
      if (r.nextDouble() < 0.03) {
        // Never opened by the E2C: the follow-up job expires it after 30 days.
        move("EXPIRE", "EXPIRED", "SYSTEM", null, submitted.plus(Duration.ofDays(30)));
        return;
      }
      if (!move("OPEN", "UNDER_REVIEW", "E2C", null, story.later(last, 0, 2))) {
        return;
      }
      if (r.nextDouble() < 0.02 && !transfer()) {
        return;
      }
      if (r.nextDouble() < 0.05) {
        withdraw(
            "PE",
            story.later(last, 2, 12),
            pickOf(r, "BY_YOUNG_PERSON", 3, "FOUND_JOB", 2, "MOVED_AWAY", 1, "BY_ADVISOR", 1));
        return;
      }
      Instant answer =
          r.nextDouble() < 0.88 ? story.later(submitted, 1, 8) : story.later(submitted, 11, 28);
      answer = answer.isAfter(last) ? answer : story.later(last, 0, 1);
      if (r.nextDouble() >= 0.65) {
        decline(
            answer,
            pickOf(
                r,
                "NOT_ELIGIBLE",
                25,
                "PROJECT_NOT_SUITED",
                25,
                "NO_PLACE_AVAILABLE",
                15,
                "UNREACHABLE",
                15,
                "BETTER_SUITED_ELSEWHERE",
                10,
                "YOUNG_PERSON_DECLINED",
                5,
                "OTHER",
                5));
        return;
      }
      if (!move("INVITE", "INVITED", "E2C", null, answer)) {
        return;
      }
      String attendance = pickOf(r, "SEEN", 64, "EXCUSED", 12, "NOSHOW", 24);
      if (!attend(attendance, story.later(last, 4, 18))) {
        return;
      }
      if (attendance.equals("EXCUSED")) {
        if (!move("INVITE", "INVITED", "E2C", null, story.later(last, 1, 5))) {
          return;
        }
        attendance = r.nextDouble() < 0.65 ? "SEEN" : "NOSHOW";
        if (!attend(attendance, story.later(last, 4, 15))) {
          return;
        }
      }
      if (attendance.equals("NOSHOW")) {
        Instant after = story.later(last, 1, 7);
        if (r.nextDouble() < 0.7) {
          decline(after, "DID_NOT_ATTEND");
        } else {
          withdraw("E2C", after, "BY_YOUNG_PERSON");
        }
        return;
      }
      Instant decision = story.later(last, 1, 10);
      double roll = r.nextDouble();
      if (roll >= 0.9) {
        withdraw(
            r.nextBoolean() ? "PE" : "E2C",
            decision,
            pickOf(r, "FOUND_JOB", 2, "FOUND_TRAINING", 1, "BY_YOUNG_PERSON", 2));
        return;
      }
      if (roll >= 0.6) {
        decline(
            decision,
            pickOf(
                r,
                "PROJECT_NOT_SUITED",
                3,
                "NO_PLACE_AVAILABLE",
                2,
                "YOUNG_PERSON_DECLINED",
                2,
                "BETTER_SUITED_ELSEWHERE",
                1));
        return;
      }
      if (!move("ADMIT", "ADMITTED", "E2C", null, decision)) {
        return;
      }
      if (r.nextDouble() < 0.05) {
        withdraw("E2C", story.later(last, 2, 10), "BY_YOUNG_PERSON");
        return;
      }
      if (!move("START_PATH", "IN_PATH", "E2C", null, story.later(last, 3, 21))) {
        return;
      }
      inPath();
    }

    /** Four to eight months of path (less for a drop-out), its milestones, then the exit. */
    private void inPath() {
      Instant started = last;
      String outcome =
          pickOf(
              r,
              "CDI",
              8,
              "CDD_6_MONTHS_OR_MORE",
              10,
              "CDD_UNDER_6_MONTHS_OR_INTERIM",
              12,
              "WORK_STUDY_CONTRACT",
              12,
              "QUALIFYING_TRAINING",
              10,
              "SUBSIDISED_CONTRACT",
              3,
              "CIVIC_SERVICE",
              4,
              "OTHER",
              8,
              "DROPPED_OUT",
              20);
      // Drop-outs leave sooner, so more of them fall within the year: their weight is lower than
      // their share of the exits (about 45% of the exits are not positive).
      int length = outcome.equals("DROPPED_OUT") ? 75 + r.nextInt(120) : 120 + r.nextInt(120);
      LocalDate start = day(started);
      LocalDate end = start.plusDays(length);
      List<Milestone> milestones = new ArrayList<>();
      if (length > 100) {
        milestones.add(new Milestone("MID_PATH_REVIEW", start.plusDays(85 + r.nextInt(15)), 0));
      }
      int immersions = 1 + r.nextInt(3);
      for (int k = 0; k < immersions; k++) {
        milestones.add(
            new Milestone("COMPANY_IMMERSION", start.plusDays(20 + r.nextInt(length - 15)), 14));
      }
      if (r.nextDouble() < 0.4) {
        milestones.add(new Milestone("INTERNSHIP", start.plusDays(40 + r.nextInt(length)), 28));
      }
      int certificates = length > 100 ? r.nextInt(3) : 0;
      for (int k = 0; k < certificates; k++) {
        milestones.add(new Milestone("SKILLS_CERTIFICATE", end.minusDays(r.nextInt(40)), 0));
      }
      for (String[] inclusion :
          new String[][] {
            {"HOUSING", "10"},
            {"MOBILITY", "20"},
            {"CIVIC_ENGAGEMENT", "15"},
            {"SOCIAL_RIGHTS", "20"}
          }) {
        if (r.nextInt(100) < Integer.parseInt(inclusion[1])) {
          milestones.add(new Milestone(inclusion[0], start.plusDays(10 + r.nextInt(length)), 0));
        }
      }
      milestones.sort(Comparator.comparing(Milestone::startsOn));
      int n = 0;
      for (Milestone milestone : milestones) {
        if (!milestone.startsOn().isBefore(end)) {
          continue;
        }
        n++;
        Instant recorded = story.atWorkingHours(milestone.startsOn().plusDays(r.nextInt(3)));
        if (!recorded.isAfter(last)) {
          recorded = story.later(last, 0, 1);
        }
        boolean period = milestone.days() > 0;
        boolean inCompany =
            milestone.kind().equals("COMPANY_IMMERSION") || milestone.kind().equals("INTERNSHIP");
        if (!story.publish(
            referralId,
            ReferralEvents.MILESTONE_RECORDED,
            recorded,
            new MilestoneRecorded(
                referralId,
                personId,
                site.id(),
                story.uuid("milestone/" + n),
                milestone.kind(),
                inCompany ? employerSiret(site.departmentCode(), r) : null,
                milestone.startsOn(),
                period ? milestone.startsOn().plusDays(milestone.days() - 1) : null))) {
          return;
        }
        last = recorded;
      }
      Instant exited = story.atWorkingHours(end);
      if (!exited.isAfter(last)) {
        exited = story.later(last, 0, 1);
      }
      boolean positive = !List.of("CIVIC_SERVICE", "OTHER", "DROPPED_OUT").contains(outcome);
      if (!exited.isBefore(cutoff)) {
        return;
      }
      story.publish(
          referralId,
          ReferralEvents.STATUS_CHANGED,
          exited,
          new StatusChanged(
              referralId,
              personId,
              site.id(),
              site.agencySafir(),
              "EXIT",
              status,
              "EXITED",
              "E2C",
              outcome,
              outcome,
              positive,
              exited));
    }

    private boolean attend(String attendance, Instant at) {
      String to =
          switch (attendance) {
            case "SEEN" -> "ATTENDED";
            case "EXCUSED" -> "EXCUSED";
            default -> "NO_SHOW";
          };
      return move("RECORD_ATTENDANCE", to, "E2C", attendance, at);
    }

    private void decline(Instant at, String reason) {
      move("DECLINE", "DECLINED", "E2C", reason, at);
    }

    private void withdraw(String side, Instant at, String reason) {
      move("WITHDRAW", "WITHDRAWN", side, reason, at);
    }

    /** To another site of the department when there is one, back to that site's review. */
    private boolean transfer() {
      List<Site> others =
          sites.stream()
              .filter(s -> !s.id().equals(site.id()))
              .filter(s -> s.departmentCode().equals(site.departmentCode()))
              .toList();
      if (others.isEmpty()) {
        return true;
      }
      Site to = others.get(r.nextInt(others.size()));
      Instant at = story.later(last, 1, 5);
      if (!story.publish(
          referralId,
          ReferralEvents.TRANSFERRED,
          at,
          new ReferralTransferred(referralId, personId, site.id(), to.id(), "UNDER_REVIEW", at))) {
        return false;
      }
      site = to;
      last = at;
      return true;
    }

    /**
     * @return whether it happened before now (a story stops at its first move still to come)
     */
    private boolean move(String action, String to, String side, String reason, Instant at) {
      if (!at.isAfter(last)) {
        at = last.plus(Duration.ofMinutes(5 + r.nextInt(120)));
      }
      boolean published =
          story.publish(
              referralId,
              ReferralEvents.STATUS_CHANGED,
              at,
              new StatusChanged(
                  referralId,
                  personId,
                  site.id(),
                  site.agencySafir(),
                  action,
                  status,
                  to,
                  side,
                  reason,
                  null,
                  null,
                  at));
      if (published) {
        status = to;
        last = at;
      }
      return published;
    }
  }

  private record Milestone(String kind, LocalDate startsOn, int days) {}

  /** An employer of the prospection demo data in the site's department, else any. */
  private String employerSiret(String departmentCode, Random r) {
    List<Employer> local =
        employers.stream().filter(e -> e.departmentCode().equals(departmentCode)).toList();
    List<Employer> pool = local.isEmpty() ? employers : local;
    if (pool.isEmpty()) {
      return FictitiousSirets.siret("996", r.nextInt(500));
    }
    return pool.get(r.nextInt(pool.size())).siret();
  }

  // --- Orientations ------------------------------------------------------------------------

  /** An advisor books an information session for a young person without referring them. */
  private void orientation(int i) {
    Story story = new Story("orientation/" + i);
    Random r = story.random;
    Site site = sites.get(pick(r, siteWeights));
    UUID orientationId = story.uuid("orientation");
    Instant booked = story.atWorkingHours(firstDay.plusDays(pick(r, dayWeights)));
    UUID sessionId = historicalSession(site, day(booked).plusDays(7 + r.nextInt(14)));
    if (!orientationEvent(
            story, orientationId, OrientationChanged.Change.BOOKED, site, sessionId, null, booked)
        || r.nextDouble() >= 0.15) {
      return;
    }
    orientationEvent(
        story,
        orientationId,
        OrientationChanged.Change.CANCELLED,
        site,
        sessionId,
        null,
        story.later(booked, 1, 7));
  }

  private boolean orientationEvent(
      Story story,
      UUID orientationId,
      OrientationChanged.Change change,
      Site site,
      UUID sessionId,
      UUID referralId,
      Instant at) {
    return story.publish(
        orientationId,
        ReferralEvents.ORIENTATION_CHANGED,
        at,
        new OrientationChanged(
            orientationId,
            change,
            site.agencySafir(),
            site.departmentCode(),
            site.id(),
            sessionId,
            referralId,
            at,
            PORTAL_CLIENT));
  }

  /**
   * The id of a past information session of a site, in the week of {@code day}: the directory holds
   * no past session (it schedules sessions to come), so it is the history's own.
   */
  private UUID historicalSession(Site site, LocalDate day) {
    LocalDate monday = day.with(DayOfWeek.MONDAY);
    return uuid("session/" + site.code() + "/" + monday);
  }

  // --- Prospection -------------------------------------------------------------------------

  private static final String[] PE_PURPOSES = {
    "RECRUITMENT_NEED", "PRESENTATION_PE_SERVICES", "APPRENTICESHIP", "EVENT_INVITATION"
  };
  private static final String[] E2C_PURPOSES = {
    "COMPANY_IMMERSION", "PRESENTATION_E2C", "INTERNSHIP", "APPRENTICESHIP"
  };

  /** One contact with a demo employer, and what may follow it: a lead, an opening, a refusal. */
  private void contact(int j) {
    Story story = new Story("contact/" + j);
    Random r = story.random;
    Employer employer = employers.get(pick(r, employerWeights));
    String own =
        employer.network().equals("PE") || employer.network().equals("E2C")
            ? employer.network()
            : (r.nextBoolean() ? "PE" : "E2C");
    String network = r.nextDouble() < 0.6 ? own : other(own);
    LocalDate on = firstDay.plusDays(pick(r, dayWeights));
    Instant recorded = story.at(on, LocalTime.of(16, 30).plusMinutes(r.nextInt(150)));
    String[] purposes = network.equals("PE") ? PE_PURPOSES : E2C_PURPOSES;
    String purpose = purposes[r.nextInt(purposes.length)];
    boolean joint = r.nextDouble() < 0.1;
    UUID employerId = employer.id();
    if (!story.publish(
        employerId,
        ProspectionEvents.CONTACT_RECORDED,
        recorded,
        new ContactRecorded(
            story.uuid("contact"),
            employerId,
            employer.departmentCode(),
            network,
            "DONE",
            pickOf(r, "VISIT", 30, "PHONE", 40, "EMAIL", 15, "EMPLOYER_EVENT", 10, "OTHER", 5),
            r.nextDouble() < 0.85 ? "OUTBOUND" : "INBOUND",
            purpose,
            on,
            joint,
            joint ? other(network) : null))) {
      return;
    }
    double roll = r.nextDouble();
    if (roll < 0.03) {
      Instant refused = story.later(recorded, 1, 5);
      story.publish(
          employerId,
          ProspectionEvents.OVER_SOLICITATION_REFUSED,
          refused,
          new OverSolicitationRefused(
              employerId, employer.departmentCode(), other(network), 3, 3, refused));
    } else if (roll < 0.15) {
      lead(story, employer, network, recorded);
    }
    if (List.of("RECRUITMENT_NEED", "APPRENTICESHIP", "COMPANY_IMMERSION", "INTERNSHIP")
            .contains(purpose)
        && r.nextDouble() < 0.35) {
      opening(story, employer, network, purpose, recorded);
    }
  }

  /** The network takes the lead; the other may be refused meanwhile; it ends or runs out. */
  private void lead(Story story, Employer employer, String network, Instant after) {
    Random r = story.random;
    Instant taken = after.plus(Duration.ofMinutes(10 + r.nextInt(60)));
    Instant until = taken.plus(Duration.ofDays(30 + 15L * r.nextInt(3)));
    UUID leadId = story.uuid("lead");
    if (!story.publish(
        employer.id(),
        ProspectionEvents.LEAD_TAKEN,
        taken,
        new LeadChanged(
            leadId, employer.id(), employer.departmentCode(), network, until, null, taken))) {
      return;
    }
    if (r.nextDouble() < 0.3) {
      Instant conflict = story.later(taken, 3, 20);
      if (conflict.isBefore(until)) {
        story.publish(
            employer.id(),
            ProspectionEvents.CONFLICT_RAISED,
            conflict,
            new ConflictRaised(
                employer.id(), employer.departmentCode(), other(network), network, conflict));
      }
    }
    boolean released = r.nextDouble() < 0.4;
    Instant end = released ? story.later(taken, 7, 25) : until;
    story.publish(
        employer.id(),
        released ? ProspectionEvents.LEAD_RELEASED : ProspectionEvents.LEAD_EXPIRED,
        end,
        new LeadChanged(
            leadId, employer.id(), employer.departmentCode(), network, until, null, end));
  }

  /** An opening published after the contact, then filled, closed or expired (or still open). */
  private void opening(
      Story story, Employer employer, String network, String purpose, Instant after) {
    Random r = story.random;
    String kind =
        switch (purpose) {
          case "RECRUITMENT_NEED" -> "JOB";
          case "APPRENTICESHIP" -> "APPRENTICESHIP";
          case "INTERNSHIP" -> "INTERNSHIP";
          default -> "COMPANY_IMMERSION";
        };
    UUID openingId = story.uuid("opening");
    Instant published = story.later(after, 1, 3);
    LocalDate startsOn = day(published).plusDays(7 + r.nextInt(24));
    LocalDate endsOn = startsOn.plusDays(kind.equals("JOB") ? 90 : 60);
    int positions = 1 + r.nextInt(3);
    if (!openingEvent(
        story,
        ProspectionEvents.OPENING_PUBLISHED,
        openingId,
        employer,
        network,
        kind,
        positions,
        startsOn,
        endsOn,
        "OPEN",
        published)) {
      return;
    }
    double roll = r.nextDouble();
    if (roll < 0.6) {
      openingEvent(
          story,
          ProspectionEvents.OPENING_FILLED,
          openingId,
          employer,
          network,
          kind,
          positions,
          startsOn,
          endsOn,
          "FILLED",
          story.later(published, 5, 45));
    } else if (roll < 0.75) {
      openingEvent(
          story,
          ProspectionEvents.OPENING_CLOSED,
          openingId,
          employer,
          network,
          kind,
          positions,
          startsOn,
          endsOn,
          "CLOSED",
          story.later(published, 3, 30));
    } else {
      openingEvent(
          story,
          ProspectionEvents.OPENING_EXPIRED,
          openingId,
          employer,
          network,
          kind,
          positions,
          startsOn,
          endsOn,
          "EXPIRED",
          story.at(endsOn.plusDays(1), LocalTime.of(2, 0)));
    }
  }

  private boolean openingEvent(
      Story story,
      EventType<OpeningDetails> type,
      UUID openingId,
      Employer employer,
      String network,
      String kind,
      int positions,
      LocalDate startsOn,
      LocalDate endsOn,
      String status,
      Instant at) {
    return story.publish(
        openingId,
        type,
        at,
        new OpeningDetails(
            openingId,
            employer.id(),
            network,
            kind,
            employer.romeCode(),
            employer.communeCode(),
            employer.departmentCode(),
            positions,
            startsOn,
            endsOn,
            status,
            at));
  }

  /** A job dating or forum held by both networks in a department of the demo sites. */
  private void jointAction(int k) {
    Story story = new Story("joint-action/" + k);
    Random r = story.random;
    Site site = sites.get(pick(r, siteWeights));
    List<Site> department =
        sites.stream().filter(s -> s.departmentCode().equals(site.departmentCode())).toList();
    LocalDate heldOn = firstDay.plusDays(pick(r, dayWeights));
    UUID id = story.uuid("joint-action");
    story.publish(
        id,
        ProspectionEvents.JOINT_ACTION_HELD,
        story.at(heldOn, LocalTime.of(18, 0)),
        new JointActionHeld(
            id,
            pickOf(r, "JOB_DATING", 4, "COMPANY_VISIT", 3, "RECRUITMENT_FORUM", 2, "OTHER", 1),
            heldOn,
            site.departmentCode(),
            department.stream().map(Site::id).toList(),
            department.stream().map(Site::agencySafir).distinct().toList(),
            5 + r.nextInt(20),
            10 + r.nextInt(50)));
  }

  private static String other(String network) {
    return network.equals("PE") ? "E2C" : "PE";
  }

  // --- Shared ------------------------------------------------------------------------------

  /** One story's random numbers, ids and events: the same story whatever the others became. */
  private final class Story {

    private final String name;
    private final Random random;
    private int published;

    Story(String name) {
      this.name = name;
      this.random = new Random(seed * 1_000_003L + name.hashCode());
    }

    UUID uuid(String what) {
      return DemoHistory.this.uuid(name + "/" + what);
    }

    /**
     * Adds the event unless it would come after now.
     *
     * @return whether it was added
     */
    <P extends Record> boolean publish(Object key, EventType<P> type, Instant at, P payload) {
      if (!at.isBefore(cutoff)) {
        return false;
      }
      published++;
      events.add(new Event(key.toString(), uuid("event/" + published), type, at, payload));
      return true;
    }

    /** A working day {@code min} to {@code max} days after {@code after}, during office hours. */
    Instant later(Instant after, int min, int max) {
      Instant at = atWorkingHours(day(after).plusDays(min + random.nextInt(max - min + 1)));
      return at.isAfter(after) ? at : after.plus(Duration.ofMinutes(5 + random.nextInt(90)));
    }

    /** That day (the next Monday for a weekend day) between 8:30 and 17:30, in France. */
    Instant atWorkingHours(LocalDate day) {
      LocalDate working =
          switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
          };
      return at(working, LocalTime.of(8, 30).plusMinutes(random.nextInt(9 * 60)));
    }

    Instant at(LocalDate day, LocalTime time) {
      return day.atTime(time)
          .atZone(FRANCE)
          .toInstant()
          .plusSeconds(random.nextInt(60))
          .truncatedTo(ChronoUnit.SECONDS);
    }
  }

  /** A name-based id: the same name under the same seed, the same id. */
  private UUID uuid(String name) {
    return UUID.nameUUIDFromBytes(
        ("passerelle-demo-history/" + seed + "/" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, FRANCE);
  }

  /** An index drawn in proportion to the weights. */
  private static int pick(Random r, double[] weights) {
    double total = Arrays.stream(weights).sum();
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** One of the values, each followed by its weight: {@code pickOf(r, "A", 3, "B", 1)}. */
  private static String pickOf(Random r, Object... valuesAndWeights) {
    double[] weights = new double[valuesAndWeights.length / 2];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = ((Number) valuesAndWeights[2 * i + 1]).doubleValue();
    }
    return (String) valuesAndWeights[2 * pick(r, weights)];
  }
}
