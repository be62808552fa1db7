package fr.passerelle.reporting.rebuild;

import static fr.passerelle.platform.testing.Callers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.AgencyUpserted;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SiteDetails;
import fr.passerelle.contracts.events.prospection.ContactRecorded;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.events.referral.MilestoneRecorded;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.contracts.events.referral.ReferralSubmitted;
import fr.passerelle.contracts.events.referral.StatusChanged;
import fr.passerelle.platform.events.CloudEventRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The rebuild rate over a million events (target ≥ 20,000 events/s): the topics are filled with
 * fictitious history as the services publish it (124 sites, 900 agencies, referral paths of eight
 * events or so, prospection contacts), the live consumer applies it, then an admin rebuilds every
 * projection. Run with {@code reporting-service/bench/run} (or {@code bench/rebuild.sh}); {@code
 * -Dbench.events=N} changes the count.
 */
@QuarkusTest
class RebuildBenchmark {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final String[] PATH = {
    "OPEN",
    "UNDER_REVIEW",
    "INVITE",
    "INVITED",
    "RECORD_ATTENDANCE",
    "ATTENDED",
    "ADMIT",
    "ADMITTED",
    "START_PATH",
    "IN_PATH"
  };

  private final Random random = new Random(17);
  private final List<UUID> sites = new ArrayList<>();
  private final List<String> agencies = new ArrayList<>();
  private KafkaProducer<String, byte[]> producer;
  private long published;

  @Test
  void rebuilds_a_million_events() throws Exception {
    long events = Long.getLong("bench.events", 1_000_000);
    long start = System.nanoTime();
    try (KafkaProducer<String, byte[]> kafka = producer()) {
      producer = kafka;
      history(events);
      kafka.flush();
    }
    System.out.printf(
        "Rebuild benchmark: %,d events published in %.1f s%n",
        published, (System.nanoTime() - start) / 1e9);

    long applying = System.nanoTime();
    await()
        .atMost(Duration.ofMinutes(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                admin()
                    .get("/api/v1/indicators/freshness")
                    .then()
                    .extract()
                    .jsonPath()
                    .getBoolean("upToDate"));
    System.out.printf(
        "  live consumption: caught up %.1f s after the last event was published (%,.0f events/s"
            + " over the whole run)%n",
        (System.nanoTime() - applying) / 1e9, published / ((System.nanoTime() - start) / 1e9));

    long rebuildStart = System.nanoTime();
    String location =
        URI.create(
                admin()
                    .post("/api/v1/indicators/rebuilds")
                    .then()
                    .statusCode(202)
                    .extract()
                    .header("Location"))
            .getPath();
    JsonPath done =
        await()
            .atMost(Duration.ofMinutes(30))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> admin().get(location).then().extract().jsonPath(),
                rebuild -> !"RUNNING".equals(rebuild.getString("status")));
    double seconds = (System.nanoTime() - rebuildStart) / 1e9;
    assertThat(done.getString("status")).isEqualTo("DONE");
    System.out.printf(
        "  rebuild: %,d events in %.1f s from POST to DONE: %,.0f events/s (the service's own"
            + " figure while it read: %s events/s)%n",
        done.getLong("eventsDone"),
        seconds,
        done.getLong("eventsDone") / seconds,
        done.getString("eventsPerSecond"));
  }

  private void history(long events) throws Exception {
    for (int i = 0; i < 124; i++) {
      UUID site = UUID.randomUUID();
      sites.add(site);
      String department = String.format("%02d", 1 + random.nextInt(95));
      publish(
          DirectoryEvents.SITE_CREATED,
          site,
          new SiteDetails(
              site,
              UUID.randomUUID(),
              "E2C-" + i,
              "Site fictif " + i,
              "59350",
              "59000",
              department,
              "32",
              50.6,
              3.0,
              "ACTIVE",
              List.of("logistique"),
              120),
          Instant.parse("2025-01-01T08:00:00Z"));
    }
    for (int i = 0; i < 900; i++) {
      String safir = Integer.toString(10000 + i);
      agencies.add(safir);
      publish(
          DirectoryEvents.AGENCY_UPSERTED,
          safir,
          new AgencyUpserted(UUID.randomUUID(), safir, "Agence fictive", "59350", "59", "32"),
          Instant.parse("2025-01-01T08:00:00Z"));
    }
    Instant day = Instant.parse("2025-01-02T09:00:00Z");
    while (published < events) {
      if (random.nextInt(10) == 0) {
        contact(day);
      } else {
        path(day);
      }
      day = day.plusSeconds(240);
    }
  }

  private void path(Instant at) throws Exception {
    UUID referral = UUID.randomUUID();
    UUID person = UUID.randomUUID();
    UUID site = sites.get(random.nextInt(sites.size()));
    String agency = agencies.get(random.nextInt(agencies.size()));
    publish(
        ReferralEvents.SUBMITTED,
        referral,
        new ReferralSubmitted(
            referral,
            person,
            site,
            agency,
            "59",
            "API",
            16 + random.nextInt(10),
            "NONE",
            List.of("MOBILITY"),
            List.of(),
            at,
            null),
        at);
    Instant when = at;
    int steps = 1 + random.nextInt(PATH.length / 2);
    for (int step = 0; step < steps; step++) {
      when = when.plus(Duration.ofDays(1 + random.nextInt(9)));
      publish(
          ReferralEvents.STATUS_CHANGED,
          referral,
          new StatusChanged(
              referral,
              person,
              site,
              agency,
              PATH[2 * step],
              null,
              PATH[2 * step + 1],
              "E2C",
              null,
              null,
              null,
              when),
          when);
    }
    if (steps == PATH.length / 2) {
      when = when.plus(Duration.ofDays(20));
      publish(
          ReferralEvents.MILESTONE_RECORDED,
          referral,
          new MilestoneRecorded(
              referral,
              person,
              site,
              UUID.randomUUID(),
              "COMPANY_IMMERSION",
              "73282932000074",
              LocalDate.ofInstant(when, ZoneOffset.UTC),
              null),
          when);
      when = when.plus(Duration.ofDays(120));
      boolean positive = random.nextInt(100) < 55;
      publish(
          ReferralEvents.STATUS_CHANGED,
          referral,
          new StatusChanged(
              referral,
              person,
              site,
              agency,
              "EXIT",
              "IN_PATH",
              "EXITED",
              "E2C",
              null,
              positive ? "CDI" : "OTHER",
              positive,
              when),
          when);
    }
  }

  private void contact(Instant at) throws Exception {
    UUID employer = UUID.randomUUID();
    publish(
        ProspectionEvents.CONTACT_RECORDED,
        employer,
        new ContactRecorded(
            UUID.randomUUID(),
            employer,
            "59",
            random.nextBoolean() ? "PE" : "E2C",
            "DONE",
            "PHONE",
            "OUTBOUND",
            "RECRUITMENT_NEED",
            LocalDate.ofInstant(at, ZoneOffset.UTC),
            false,
            null),
        at);
  }

  private void publish(EventType<?> type, Object subject, Record payload, Instant time)
      throws Exception {
    producer.send(
        CloudEventRecords.toRecord(
            type.topic(),
            UUID.randomUUID().toString(),
            type.type(),
            type.source(),
            subject.toString(),
            time,
            JSON.writeValueAsString(payload),
            null));
    published++;
  }

  private static KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
            ProducerConfig.LINGER_MS_CONFIG,
            20,
            ProducerConfig.BATCH_SIZE_CONFIG,
            256 * 1024,
            ProducerConfig.ACKS_CONFIG,
            "1"),
        new StringSerializer(),
        new ByteArraySerializer());
  }
}
