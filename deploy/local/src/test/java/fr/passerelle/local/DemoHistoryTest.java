package fr.passerelle.local;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.passerelle.contracts.events.CloudEventHeaders;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.prospection.ContactRecorded;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.contracts.events.referral.ReferralSubmitted;
import fr.passerelle.contracts.events.referral.StatusChanged;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The year of demo history the local stack publishes for the indicators: every event is one the
 * services could have published (its payload valid against its JSON Schema, the outbox relay's
 * headers), in the year before now, about the demo sites, agencies and employers, with a funnel
 * shaped like the network's.
 */
class DemoHistoryTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

  private static List<DemoHistory.Site> sites;
  private static List<DemoHistory.Employer> employers;
  private static List<DemoHistory.Event> history;

  @BeforeAll
  static void generate() throws IOException {
    Map<String, String> siteIds = new HashMap<>();
    JsonNode directory =
        Http.JSON.readTree(ROOT.resolve("deploy/demo-data/DEMO-directory.json").toFile());
    for (JsonNode site : directory.get("sites")) {
      String code = site.get("code").asText();
      siteIds.put(code, UUID.nameUUIDFromBytes(code.getBytes(UTF_8)).toString());
    }
    sites = ReportingDemoData.sites(ROOT, siteIds);
    Map<String, String> employerIds = new HashMap<>();
    for (ProspectionDemoData.DemoEmployer employer :
        new ProspectionDemoData(null, ROOT, null, null).employers()) {
      employerIds.put(
          employer.siret(), UUID.nameUUIDFromBytes(employer.siret().getBytes(UTF_8)).toString());
    }
    employers = ReportingDemoData.employers(ROOT, employerIds);
    history = DemoHistory.generate(sites, employers, NOW, DemoHistory.SEED);
  }

  @Test
  void every_payload_is_valid_against_the_json_schema_of_its_event_type() {
    Map<EventType<?>, Schema> schemas = new HashMap<>();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    List<String> invalid = new ArrayList<>();
    for (DemoHistory.Event event : history) {
      Schema schema =
          schemas.computeIfAbsent(event.type(), type -> registry.getSchema(type.schemaText()));
      List<Error> errors = schema.validate(new String(event.json(), UTF_8), InputFormat.JSON);
      if (!errors.isEmpty()) {
        invalid.add(event.type().type() + " " + event.id() + ": " + errors);
      }
    }
    assertThat(invalid).isEmpty();
    assertThat(schemas.keySet())
        .extracting(EventType::type)
        .contains(
            "fr.passerelle.referral.referral-submitted.v1",
            "fr.passerelle.referral.status-changed.v1",
            "fr.passerelle.referral.milestone-recorded.v1",
            "fr.passerelle.referral.orientation-changed.v1",
            "fr.passerelle.referral.referral-transferred.v1",
            "fr.passerelle.prospection.contact-recorded.v1",
            "fr.passerelle.prospection.opening-published.v1",
            "fr.passerelle.prospection.opening-filled.v1",
            "fr.passerelle.prospection.lead-taken.v1",
            "fr.passerelle.prospection.conflict-raised.v1",
            "fr.passerelle.prospection.joint-action-held.v1");
  }

  @Test
  void each_event_carries_the_headers_the_outbox_relay_writes() throws IOException {
    Set<UUID> ids = new HashSet<>();
    for (DemoHistory.Event event : history) {
      Map<String, String> headers = event.headers();
      assertThat(headers.keySet())
          .containsExactly(
              "ce_specversion",
              "ce_id",
              "ce_type",
              "ce_source",
              "ce_subject",
              "ce_time",
              "content-type");
      assertThat(headers.get(CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
      assertThat(headers.get(CloudEventHeaders.TYPE)).isEqualTo(event.type().type());
      assertThat(headers.get(CloudEventHeaders.SUBJECT)).isEqualTo(event.key());
      assertThat(headers.get(CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
      assertThat(OffsetDateTime.parse(headers.get(CloudEventHeaders.TIME)).toInstant())
          .isEqualTo(event.time());
      assertThat(ids.add(event.id())).as("event ids are unique").isTrue();
    }
    Map<String, String> sources =
        history.stream()
            .collect(
                Collectors.toMap(
                    DemoHistory.Event::topic,
                    e -> e.headers().get(CloudEventHeaders.SOURCE),
                    (a, b) -> a,
                    LinkedHashMap::new));
    assertThat(sources)
        .containsOnly(
            Map.entry("passerelle.referral.v1", "/passerelle/referral"),
            Map.entry("passerelle.prospection.v1", "/passerelle/prospection"));

    DemoHistory.Event submitted = first(e -> e.type() == ReferralEvents.SUBMITTED);
    JsonNode payload = Http.JSON.readTree(submitted.json());
    assertThat(submitted.key()).isEqualTo(payload.get("referralId").asText());
    assertThat(OffsetDateTime.parse(payload.get("submittedAt").asText()).toInstant())
        .as("the payload's time is the event's")
        .isEqualTo(submitted.time());
    DemoHistory.Event exit =
        first(e -> e.payload() instanceof StatusChanged s && s.action().equals("EXIT"));
    assertThat(Http.JSON.readTree(exit.json()).has("positiveExit")).isTrue();
    DemoHistory.Event move =
        first(e -> e.payload() instanceof StatusChanged s && s.action().equals("OPEN"));
    assertThat(Http.JSON.readTree(move.json()).get("outcome").isNull())
        .as("explicit nulls, as the outbox writes them")
        .isTrue();
  }

  @Test
  void the_history_is_the_year_before_now_in_time_order() {
    Instant yearAgo = NOW.minus(Duration.ofDays(366));
    assertThat(history).allMatch(e -> e.time().isAfter(yearAgo) && e.time().isBefore(NOW));
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).time()).isAfterOrEqualTo(history.get(i - 1).time());
    }
    long months =
        history.stream()
            .filter(e -> e.type() == ReferralEvents.SUBMITTED)
            .map(e -> e.time().atOffset(ZoneOffset.UTC).withDayOfMonth(1).toLocalDate())
            .distinct()
            .count();
    assertThat(months).as("submissions in every month of the year").isGreaterThanOrEqualTo(12);
  }

  @Test
  void the_same_seed_gives_the_same_history() {
    List<DemoHistory.Event> again = DemoHistory.generate(sites, employers, NOW, DemoHistory.SEED);
    assertThat(again).hasSameSizeAs(history);
    for (int i = 0; i < history.size(); i++) {
      assertThat(again.get(i).id()).isEqualTo(history.get(i).id());
      assertThat(again.get(i).json()).isEqualTo(history.get(i).json());
    }
    List<DemoHistory.Event> later =
        DemoHistory.generate(sites, employers, NOW.plus(Duration.ofDays(7)), DemoHistory.SEED);
    assertThat(later.get(0).id())
        .as("a later start names the same stories' events alike, so a republication counts once")
        .isIn(history.stream().map(DemoHistory.Event::id).toList());
  }

  @Test
  void about_1500_referrals_go_down_a_funnel_shaped_like_the_network() {
    Map<UUID, List<StatusChanged>> moves = new HashMap<>();
    Map<UUID, Instant> submittedAt = new HashMap<>();
    for (DemoHistory.Event event : history) {
      if (event.payload() instanceof ReferralSubmitted submitted) {
        submittedAt.put(submitted.referralId(), submitted.submittedAt());
      } else if (event.payload() instanceof StatusChanged moved) {
        moves.computeIfAbsent(moved.referralId(), id -> new ArrayList<>()).add(moved);
      }
    }
    assertThat(submittedAt).hasSize(1500);
    long answeredWithin10Days =
        submittedAt.entrySet().stream()
            .filter(
                s ->
                    moves.getOrDefault(s.getKey(), List.of()).stream()
                        .filter(m -> Set.of("INVITE", "DECLINE").contains(m.action()))
                        .findFirst()
                        .map(m -> !m.occurredAt().isAfter(s.getValue().plus(Duration.ofDays(10))))
                        .orElse(false))
            .count();
    long answered = referralsWhere(moves, m -> Set.of("INVITE", "DECLINE").contains(m.action()));
    long invited = referralsWhere(moves, m -> m.action().equals("INVITE"));
    long attended = referralsWhere(moves, m -> "ATTENDED".equals(m.toStatus()));
    long admitted = referralsWhere(moves, m -> m.action().equals("ADMIT"));
    long started = referralsWhere(moves, m -> m.action().equals("START_PATH"));
    long exited = referralsWhere(moves, m -> m.action().equals("EXIT"));
    long positive = referralsWhere(moves, m -> Boolean.TRUE.equals(m.positiveExit()));

    assertThat(share(answeredWithin10Days, answered)).isBetween(0.72, 0.92);
    assertThat(share(invited, 1500)).isBetween(0.55, 0.65);
    assertThat(share(attended, invited)).isBetween(0.65, 0.78);
    assertThat(share(admitted, attended)).isBetween(0.54, 0.66);
    assertThat(share(started, admitted)).as("started, or starting soon").isBetween(0.8, 1.0);
    assertThat(exited)
        .as("paths of four to eight months: many ended, many under way")
        .isBetween(started / 3, started * 9 / 10);
    assertThat(share(positive, exited)).isBetween(0.47, 0.63);
    for (String action :
        List.of("EXPIRE", "WITHDRAW", "DECLINE", "RECORD_ATTENDANCE", "OPEN", "START_PATH")) {
      assertThat(referralsWhere(moves, m -> m.action().equals(action))).as(action).isPositive();
    }
  }

  @Test
  void each_referral_moves_in_order_from_its_submission_at_a_demo_site_and_its_agency() {
    Map<UUID, String> agencyOfSite =
        sites.stream()
            .collect(Collectors.toMap(DemoHistory.Site::id, DemoHistory.Site::agencySafir));
    Map<UUID, String> lastStatus = new HashMap<>();
    for (DemoHistory.Event event : history) {
      if (event.payload() instanceof ReferralSubmitted submitted) {
        assertThat(agencyOfSite).containsEntry(submitted.siteId(), submitted.agencySafir());
        assertThat(submitted.barriers()).doesNotContain("HEALTH");
        lastStatus.put(submitted.referralId(), "SUBMITTED");
      } else if (event.payload() instanceof StatusChanged moved) {
        assertThat(moved.fromStatus())
            .as("referral %s moves from where it stood", moved.referralId())
            .isEqualTo(lastStatus.get(moved.referralId()));
        assertThat(agencyOfSite).containsKey(moved.siteId());
        lastStatus.put(moved.referralId(), moved.toStatus());
      }
    }
  }

  @Test
  void a_few_hundred_prospection_contacts_by_both_networks_about_the_demo_employers() {
    Set<UUID> demoEmployers =
        employers.stream().map(DemoHistory.Employer::id).collect(Collectors.toSet());
    List<ContactRecorded> contacts =
        history.stream()
            .filter(e -> e.type() == ProspectionEvents.CONTACT_RECORDED)
            .map(e -> (ContactRecorded) e.payload())
            .toList();
    assertThat(contacts).hasSize(DemoHistory.CONTACTS);
    assertThat(contacts).allMatch(c -> demoEmployers.contains(c.employerId()));
    Map<String, Long> byNetwork =
        contacts.stream()
            .collect(Collectors.groupingBy(ContactRecorded::network, Collectors.counting()));
    assertThat(byNetwork.get("PE")).isGreaterThan(150);
    assertThat(byNetwork.get("E2C")).isGreaterThan(150);
    assertThat(contacts.stream().filter(ContactRecorded::joint).count()).isPositive();
    long published = count(ProspectionEvents.OPENING_PUBLISHED);
    long filled = count(ProspectionEvents.OPENING_FILLED);
    assertThat(published).isGreaterThan(40);
    assertThat(filled).isBetween(published / 3, published);
  }

  private static long count(EventType<?> type) {
    return history.stream().filter(e -> e.type() == type).count();
  }

  private static DemoHistory.Event first(Predicate<DemoHistory.Event> which) {
    return history.stream().filter(which).findFirst().orElseThrow();
  }

  private static long referralsWhere(
      Map<UUID, List<StatusChanged>> moves, Predicate<StatusChanged> which) {
    return moves.values().stream().filter(list -> list.stream().anyMatch(which)).count();
  }

  private static double share(long part, long whole) {
    return (double) part / whole;
  }
}
