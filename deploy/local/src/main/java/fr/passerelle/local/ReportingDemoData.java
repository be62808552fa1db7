package fr.passerelle.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
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
 * created; and a few demo experiments and action-plan commitments ({@link
 * #loadExperimentsIfEmpty}), created through the gateway.
 *
 * <p>Published once: after the history, the consumer group {@value #MARKER_GROUP} (which never
 * consumes) gets the end offsets of both topics; a start that finds that group's offsets skips the
 * history. Each event id is derived from the seed, so a history published again (a start that
 * stopped between publishing and marking) is counted once by the reporting service.
 */
final class ReportingDemoData {

  /** The consumer group whose committed offsets say the history was published. */
  static final String MARKER_GROUP = "passerelle-demo-history";

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

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

  /** What {@link #loadExperimentsIfEmpty} created, for the progress output. */
  record Register(int experiments, int commitments) {

    boolean isEmpty() {
      return experiments + commitments == 0;
    }

    @Override
    public String toString() {
      return experiments + " experiments, " + commitments + " action-plan commitments";
    }
  }

  /**
   * A few fictitious experiments (axis 4) and commitments of the action plan (axis 5), created
   * through the gateway as people would, each only when the register is empty: the demo E2C staff
   * proposes one on their first demo site, steering one over a department (the Somme) and one on a
   * site of the Nord and its paired agency, which it then reviews to RUNNING; steering writes three
   * commitments.
   *
   * @param siteIds the demo sites' ids by their code, as the directory holds them
   * @return what was created (nothing on a later start)
   */
  Register loadExperimentsIfEmpty(Tokens tokens, Map<String, String> siteIds)
      throws IOException, InterruptedException {
    String steering = tokens.user("steering");
    int experiments = 0;
    if (isEmpty("/api/v1/experiments", steering)) {
      experiments = createExperiments(tokens.user("e2c-staff"), steering, siteIds);
    }
    int commitments = 0;
    if (isEmpty("/api/v1/action-plan", steering)) {
      commitments = createCommitments(steering);
    }
    return new Register(experiments, commitments);
  }

  private boolean isEmpty(String collection, String token)
      throws IOException, InterruptedException {
    return Http.send("GET", gateway + collection + "?limit=1", token, null).path("items").isEmpty();
  }

  private int createExperiments(String staff, String steering, Map<String, String> siteIds)
      throws IOException, InterruptedException {
    LocalDate firstOfMonth = LocalDate.now(FRANCE).withDayOfMonth(1);
    int created = 0;
    // The E2C staff's own site: the first demo site in their token's e2c_sites.
    String staffSite =
        claimValues(staff, "e2c_sites").stream()
            .filter(siteIds::containsValue)
            .findFirst()
            .orElse(null);
    if (staffSite != null) {
      propose(
          staff,
          experiment(
              "Immersion d'une semaine en entreprise dès l'entrée en parcours (DEMO)",
              "Expérimentation fictive : chaque jeune admis fait une immersion d'une semaine chez"
                  + " un employeur partenaire dans son premier mois de parcours, pour confirmer son"
                  + " projet professionnel.",
              Map.of("siteIds", List.of(staffSite)),
              List.of("Agence France Travail DEMO", "Club d'entreprises DEMO"),
              "Chargé de relations entreprises de l'E2C",
              firstOfMonth.plusMonths(1),
              firstOfMonth.plusMonths(7).minusDays(1),
              List.of("GIVE_CONFIDENCE", "LEAD_TO_JOB")));
      created++;
    }
    propose(
        steering,
        experiment(
            "Référent E2C commun aux agences du département (DEMO)",
            "Expérimentation fictive : un référent E2C unique reçoit les orientations de toutes"
                + " les agences France Travail du département et répond à chacune sous 5 jours.",
            Map.of("departmentCodes", List.of("80")),
            List.of("Conseil départemental DEMO"),
            "Comité de pilotage départemental",
            firstOfMonth.plusMonths(2),
            firstOfMonth.plusMonths(14).minusDays(1),
            List.of("SECURE_PATH")));
    created++;
    String valenciennes = siteIds.get("demo-valenciennes");
    if (valenciennes != null) {
      String running =
          propose(
              steering,
              experiment(
                  "Sessions d'information de l'E2C tenues en agence (DEMO)",
                  "Expérimentation fictive : une session d'information collective de l'E2C par"
                      + " mois dans l'agence France Travail appariée, avec les jeunes que ses"
                      + " conseillers y orientent.",
                  Map.of("siteIds", List.of(valenciennes), "agencySafirs", List.of("90003")),
                  List.of("Agence France Travail DEMO Valenciennes", "Mission locale DEMO"),
                  "Directrice de l'E2C et directeur d'agence",
                  firstOfMonth.minusMonths(4),
                  firstOfMonth.plusMonths(8).minusDays(1),
                  List.of("SECURE_PATH", "GIVE_CONFIDENCE", "LEAD_TO_JOB")));
      Http.send(
          "POST",
          gateway + "/api/v1/experiments/" + running + "/status",
          steering,
          Map.of(
              "status",
              "RUNNING",
              "note",
              "Validée par le comité de pilotage régional (DEMO, fictif)."));
      created++;
    }
    return created;
  }

  private static Map<String, Object> experiment(
      String title,
      String description,
      Map<String, List<String>> territory,
      List<String> partners,
      String responsible,
      LocalDate startsOn,
      LocalDate endsOn,
      List<String> objectives) {
    return Map.of(
        "title", title,
        "description", description,
        "territory", territory,
        "partners", partners,
        "responsible", responsible,
        "startsOn", startsOn.toString(),
        "endsOn", endsOn.toString(),
        "objectives", objectives);
  }

  /** Proposes an experiment; answers its id. */
  private String propose(String token, Map<String, Object> experiment)
      throws IOException, InterruptedException {
    return Http.send("POST", gateway + "/api/v1/experiments", token, experiment).get("id").asText();
  }

  private int createCommitments(String steering) throws IOException, InterruptedException {
    int year = LocalDate.now(FRANCE).getYear();
    List<Map<String, Object>> commitments =
        List.of(
            commitment(
                "Chaque site E2C apparié à ses agences locales",
                "Chaque site du réseau a signé un appariement avec les agences France Travail de"
                    + " son bassin d'emploi.",
                "Réseau E2C France et France Travail",
                LocalDate.of(year + 1, 6, 30),
                "IN_PROGRESS",
                "coverage.pairedSites"),
            commitment(
                "Une session d'information par site et par trimestre en agence",
                "Chaque site E2C tient au moins une session d'information collective par trimestre"
                    + " dans une agence France Travail.",
                "Directions régionales France Travail",
                LocalDate.of(year, 12, 31),
                "IN_PROGRESS",
                "sessions.heldInAgency"),
            commitment(
                "Une réponse de l'E2C à chaque orientation sous 10 jours",
                "Chaque orientation d'un conseiller reçoit une première réponse du site E2C"
                    + " (invitation ou refus motivé) dans les 10 jours.",
                "Réseau E2C France",
                LocalDate.of(year + 1, 12, 31),
                "PLANNED",
                "rates.answeredWithin10DaysRate"));
    for (Map<String, Object> commitment : commitments) {
      Http.send("POST", gateway + "/api/v1/action-plan", steering, commitment);
    }
    return commitments.size();
  }

  private static Map<String, Object> commitment(
      String title,
      String description,
      String owner,
      LocalDate dueOn,
      String status,
      String indicator) {
    return Map.of(
        "title", title,
        "description", description,
        "owner", owner,
        "dueOn", dueOn.toString(),
        "status", status,
        "indicator", indicator);
  }

  /** The values of a token's claim (an array, or a single value), unverified: our own token. */
  private static List<String> claimValues(String token, String claim) throws IOException {
    JsonNode claims = Http.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    JsonNode value = claims.path(claim);
    List<String> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> values.add(v.asText()));
    } else if (value.isTextual()) {
      values.add(value.asText());
    }
    return values;
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
