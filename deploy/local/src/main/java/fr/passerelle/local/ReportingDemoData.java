package fr.passerelle.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The reporting service's demo data: a year of history ({@link DemoHistory}) published once on the
 * referral and prospection topics, about the demo sites, agencies and employers the other demo data
 * created; and, later, a few demo experiments ({@link #loadExperimentsIfEmpty}).
 *
 * <p>Published once: after the history, the consumer group {@value #MARKER_GROUP} (which never
 * consumes) gets the end offsets of both topics; a start that finds that group's offsets skips the
 * history. Each event id is derived from the seed, so a history published again (a start that
 * stopped between publishing and marking) is counted once by the reporting service.
 */
final class ReportingDemoData {

  /** The consumer group whose committed offsets say the history was published. */
  static final String MARKER_GROUP = "passerelle-demo-history";

  private final String gateway;
  private final Path root;
  private final String bootstrapServers;

  ReportingDemoData(String gateway, Path root, String bootstrapServers) {
    this.gateway = gateway;
    this.root = root;
    this.bootstrapServers = bootstrapServers;
  }

  /** What one load published, for the progress output. */
  record Published(int referralEvents, int prospectionEvents) {

    boolean isEmpty() {
      return referralEvents + prospectionEvents == 0;
    }

    @Override
    public String toString() {
      return "a year of history, "
          + referralEvents
          + " referral and "
          + prospectionEvents
          + " prospection events";
    }
  }

  /**
   * Publishes the year of history unless it was published already.
   *
   * @param siteIds the demo sites' ids by their code, as the directory holds them
   * @param adminToken reads the prospection demo employers
   */
  Published loadHistoryIfAbsent(Map<String, String> siteIds, String adminToken) throws Exception {
    try (Admin admin = Admin.create(adminConfig())) {
      if (marked(admin)) {
        return new Published(0, 0);
      }
      List<DemoHistory.Site> sites = sites(root, siteIds);
      if (sites.isEmpty()) {
        return new Published(0, 0);
      }
      List<DemoHistory.Event> history =
          DemoHistory.generate(sites, employers(adminToken), Instant.now(), DemoHistory.SEED);
      publish(history);
      mark(admin);
      int referral =
          (int) history.stream().filter(e -> e.topic().equals(ReferralEvents.TOPIC)).count();
      return new Published(referral, history.size() - referral);
    }
  }

  /**
   * The place for a few demo experiments (axis 4), created through the gateway by the demo E2C
   * staff and advisor in their own territory, as a person would: not decided yet, so none.
   *
   * @return how many were created
   */
  int loadExperimentsIfEmpty() {
    return 0;
  }

  /** The demo sites of deploy/demo-data/DEMO-directory.json, with their ids and paired agency. */
  static List<DemoHistory.Site> sites(Path root, Map<String, String> siteIds) throws IOException {
    JsonNode demo =
        Http.JSON.readTree(root.resolve("deploy/demo-data/DEMO-directory.json").toFile());
    Map<String, String> agencyOfSite = new HashMap<>();
    for (JsonNode pairing : demo.get("pairings")) {
      agencyOfSite.putIfAbsent(
          pairing.get("siteCode").asText(), pairing.get("agencySafir").asText());
    }
    List<DemoHistory.Site> sites = new ArrayList<>();
    for (JsonNode site : demo.get("sites")) {
      String code = site.get("code").asText();
      String id = siteIds.get(code);
      String agency = agencyOfSite.get(code);
      if (id != null && agency != null) {
        sites.add(
            new DemoHistory.Site(
                UUID.fromString(id), code, departmentOf(site.get("communeCode").asText()), agency));
      }
    }
    return sites;
  }

  /** The prospection demo employers that the prospection service holds, with its ids. */
  private List<DemoHistory.Employer> employers(String adminToken)
      throws IOException, InterruptedException {
    Map<String, String> idBySiret = new HashMap<>();
    String cursor = null;
    do {
      String url =
          gateway
              + "/api/v1/prospection/employers?limit=100"
              + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, UTF_8));
      JsonNode page = Http.send("GET", url, adminToken, null);
      for (JsonNode employer : page.get("items")) {
        idBySiret.put(employer.get("siret").asText(), employer.get("id").asText());
      }
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    return employers(root, idBySiret);
  }

  /** The employers of deploy/demo-data/DEMO-prospection.json, with the ids given by SIRET. */
  static List<DemoHistory.Employer> employers(Path root, Map<String, String> idBySiret)
      throws IOException {
    List<DemoHistory.Employer> employers = new ArrayList<>();
    for (ProspectionDemoData.DemoEmployer employer :
        new ProspectionDemoData(null, root, null, null).employers()) {
      String id = idBySiret.get(employer.siret());
      if (id != null) {
        employers.add(
            new DemoHistory.Employer(
                UUID.fromString(id),
                employer.siret(),
                employer.department(),
                employer.communeCode(),
                employer.romeCodes().get(0).asText(),
                employer.byAdvisor() ? "PE" : "E2C"));
      }
    }
    return employers;
  }

  /** As the referral service derives it from a commune (INSEE) code. */
  static String departmentOf(String communeCode) {
    return communeCode.startsWith("97") || communeCode.startsWith("98")
        ? communeCode.substring(0, 3)
        : communeCode.substring(0, 2);
  }

  /** Sends the events as the outbox relay does: same headers, key, serializers and guarantees. */
  private void publish(List<DemoHistory.Event> history) throws Exception {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "demo-history");
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
      List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(history.size());
      for (DemoHistory.Event event : history) {
        RecordHeaders headers = new RecordHeaders();
        event.headers().forEach((name, value) -> headers.add(name, value.getBytes(UTF_8)));
        acknowledgements.add(
            producer.send(
                new ProducerRecord<>(event.topic(), null, event.key(), event.json(), headers)));
      }
      producer.flush();
      for (Future<RecordMetadata> acknowledgement : acknowledgements) {
        acknowledgement.get(30, TimeUnit.SECONDS);
      }
    }
  }

  private boolean marked(Admin admin) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin
            .listConsumerGroupOffsets(MARKER_GROUP)
            .partitionsToOffsetAndMetadata()
            .get(30, TimeUnit.SECONDS);
    return offsets.keySet().stream().anyMatch(p -> p.topic().equals(ReferralEvents.TOPIC));
  }

  /** The marker group gets the end of both topics, as if it had read the history. */
  private void mark(Admin admin) throws Exception {
    // The prospection topic exists once the prospection demo data was loaded; marked if it does.
    Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
    List<String> topics =
        List.of(ReferralEvents.TOPIC, ProspectionEvents.TOPIC).stream()
            .filter(existing::contains)
            .toList();
    Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
    admin
        .describeTopics(topics)
        .allTopicNames()
        .get(30, TimeUnit.SECONDS)
        .values()
        .forEach(
            topic ->
                topic
                    .partitions()
                    .forEach(
                        p ->
                            ends.put(
                                new TopicPartition(topic.name(), p.partition()),
                                OffsetSpec.latest())));
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listOffsets(ends).all().get(30, TimeUnit.SECONDS).entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e -> new OffsetAndMetadata(e.getValue().offset(), "demo history published")));
    admin.alterConsumerGroupOffsets(MARKER_GROUP, offsets).all().get(30, TimeUnit.SECONDS);
  }

  private Properties adminConfig() {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    return config;
  }
}
