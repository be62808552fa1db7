package fr.passerelle.directory.bench;

import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.support.Fixtures;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.geo.CommuneDirectory;
import fr.passerelle.platform.testing.Callers;
import fr.passerelle.platform.testing.TestTokens;
import fr.passerelle.platform.web.pagination.PageRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 16's figures, in the module's test application against its real servers (embedded
 * PostgreSQL, in-JVM Kafka, OIDC test issuer):
 *
 * <ol>
 *   <li>the CPU this JVM spends per {@code GET /api/v1/sites?limit=20} (an advisor's token, 130
 *       sites), under load from {@code wrk} in its own process: the process's CPU time over the
 *       run, less what the idle application uses in as long, divided by the requests answered;
 *   <li>the wall time of a 10,000-row CSV import with 303 bad rows, from the POST to the job's
 *       {@code COMPLETED}, with its report and events checked.
 * </ol>
 *
 * <p>Run it with {@code partner-directory-service/bench/run} ({@code --help}): the full JIT and the
 * packaged service's serial GC. Each figure ends with a {@code RESULT name=value} line. {@code
 * -Dbench.profile=true} adds JFR profiles of the listing and of the import, summed up; {@code
 * -Dbench.limit} lists pages of another size (1: what any request costs). Named *Benchmark, it is
 * not part of {@code mvn verify}.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryBenchmark {

  private static final int SITES = 130;
  private static final int LIMIT = Integer.getInteger("bench.limit", 20);
  private static final Duration WARM_UP_AT_MOST =
      Duration.ofSeconds(Integer.getInteger("bench.warmup", 90));
  private static final Duration WARM_UP_ROUND = Duration.ofSeconds(5);
  private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
  private static final Duration IDLE = Duration.ofSeconds(5);
  private static final int CONNECTIONS = Integer.getInteger("bench.connections", 4);
  private static final boolean PROFILE = Boolean.getBoolean("bench.profile");
  private static final int IMPORT_ROWS = 10_000;
  private static final int BAD_ROW_EVERY = 33;

  private final Random random = new Random(42);

  @TestHTTPResource("/")
  URL root;

  @Inject CommuneDirectory communes;
  @Inject AgroalDataSource database;

  @Test
  @Order(1)
  void lists_sites() throws Exception {
    seedSites();
    Response page = Callers.as(advisorToken()).queryParam("limit", LIMIT).get("/api/v1/sites");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.jsonPath().getList("items")).hasSize(LIMIT);
    print(
        "Sites list: GET /api/v1/sites?limit=%d as an advisor, %d sites, an answer of %,d bytes"
            + " (%s); wrk (1 thread, %d connections) in its own process, %d cores",
        LIMIT,
        SITES,
        page.asByteArray().length,
        page.header("Content-Length") != null ? "Content-Length" : "chunked",
        CONNECTIONS,
        Runtime.getRuntime().availableProcessors());

    warmUp();
    double idleCpuShare = idleCpuShare();
    Wrk wrk = listing();
    long postgresBefore = PostgresCpu.nanos();
    JvmCpu.Reading before = JvmCpu.read();
    Wrk.Run run = wrk.run(CONNECTIONS, RUN);
    JvmCpu.Reading after = JvmCpu.read();
    long postgres = PostgresCpu.nanos() - postgresBefore;
    assertThat(run.errors()).as("failed requests").isZero();

    long wall = after.wallNanos() - before.wallNanos();
    double cpu = after.processNanos() - before.processNanos() - idleCpuShare * wall;
    double perRequest = cpu / run.requests() / 1000;
    print("  measured %d s: %s", RUN.toSeconds(), run.summary());
    print(
        "  JVM CPU: %.2f cores busy, less %.3f idle: %.1f µs per request; by thread pool: %s",
        (after.processNanos() - before.processNanos()) / (double) wall,
        idleCpuShare,
        perRequest,
        pools(after.poolsSince(before), run.requests() * 1e3, "µs"));
    print(
        "  PostgreSQL CPU (its own processes, not counted above): %.1f µs per request",
        postgres / 1e3 / run.requests());
    if (PROFILE) {
      Path file = Path.of("target", "bench-sites-list.jfr");
      Wrk again = listing();
      CpuProfile profile = CpuProfile.of(file, () -> again.run(CONNECTIONS, RUN));
      print("  JFR profile of another %d s run (%s):", RUN.toSeconds(), file);
      print("%s", profile.summary());
    }
    print(
        "RESULT sites_list%s_cpu_us_per_request=%.1f",
        LIMIT == PageRequest.DEFAULT_LIMIT ? "" : "_limit_" + LIMIT, perRequest);
  }

  @Test
  @Order(2)
  void imports_a_csv_file() throws Exception {
    String prefix = Fixtures.unique("import");
    String csv = csv(prefix);
    String admin = TestTokens.user("directory-admin-bench").roles(Roles.DIRECTORY_ADMIN).issue();
    JsonPath[] job = new JsonPath[1];
    long postgresBefore = PostgresCpu.nanos();
    JvmCpu.Reading before = JvmCpu.read();
    if (PROFILE) {
      Path file = Path.of("target", "bench-import.jfr");
      CpuProfile profile = CpuProfile.of(file, () -> job[0] = importToEnd(admin, csv));
      print("JFR profile of the import (%s):", file);
      print("%s", profile.summary());
    } else {
      job[0] = importToEnd(admin, csv);
    }
    JvmCpu.Reading after = JvmCpu.read();
    long postgres = PostgresCpu.nanos() - postgresBefore;
    double seconds = (after.wallNanos() - before.wallNanos()) / 1e9;

    int bad = IMPORT_ROWS / BAD_ROW_EVERY;
    assertThat(job[0].getString("status")).isEqualTo("COMPLETED");
    assertThat(job[0].getInt("created")).isEqualTo(IMPORT_ROWS - bad);
    assertThat(job[0].getInt("rejected")).isEqualTo(bad);
    Map<String, Long> report = reportOf(job[0].getString("id"));
    long events = siteCreatedEvents(prefix);
    assertThat(report).containsEntry("CREATED", (long) IMPORT_ROWS - bad);
    assertThat(report).containsEntry("REJECTED", (long) bad);
    assertThat(events).isEqualTo(IMPORT_ROWS - bad);
    print(
        "CSV import of %,d rows (%d bad): %s in %.1f s (%,.0f rows/s)%s; report %s; %,d"
            + " site-created events",
        IMPORT_ROWS,
        bad,
        job[0].getString("status"),
        seconds,
        IMPORT_ROWS / seconds,
        PROFILE ? ", profiled" : "",
        report,
        events);
    print(
        "  CPU over the import: PostgreSQL %.1f s; the JVM %.1f s, by thread pool: %s; the JIT"
            + " compiled for %.1f s and the GC ran for %.1f s",
        postgres / 1e9,
        (after.processNanos() - before.processNanos()) / 1e9,
        pools(after.poolsSince(before), 1e9, "s"),
        (after.compilationMillis() - before.compilationMillis()) / 1e3,
        (after.garbageCollectionMillis() - before.garbageCollectionMillis()) / 1e3);
    print("RESULT import_10000_rows_seconds=%.1f", seconds);
  }

  /**
   * Posts the file and polls the job until it has ended, with the JDK's HTTP client: the test's
   * REST client would spend a core's second on the upload, in the measured JVM.
   */
  private JsonPath importToEnd(String admin, String csv) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    JsonPath started =
        send(
            http,
            request(admin, "/api/v1/imports")
                .header("Content-Type", "text/csv")
                .POST(BodyPublishers.ofString(csv)),
            202);
    HttpRequest.Builder poll = request(admin, "/api/v1/imports/" + started.getString("id"));
    return await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> send(http, poll, 200), state -> !"RUNNING".equals(state.getString("status")));
  }

  private HttpRequest.Builder request(String token, String path) {
    return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token);
  }

  private static JsonPath send(HttpClient http, HttpRequest.Builder request, int status)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JsonPath.from(response.body());
  }

  private void seedSites() {
    UUID school = Fixtures.school();
    List<Commune> all = new ArrayList<>(communes.all());
    all.sort(Comparator.comparing(Commune::inseeCode));
    for (int i = 0; i < SITES; i++) {
      Commune commune = all.get(random.nextInt(all.size()));
      Map<String, Object> body =
          new HashMap<>(
              Fixtures.siteBody(school, commune.inseeCode(), commune.postalCodes().get(0)));
      body.put("name", "École de la deuxième chance — site " + commune.name());
      body.put("street", (i + 1) + " avenue de la République");
      body.put("phone", "+33320123456");
      body.put("email", "contact-" + i + "@e2c.example");
      body.put("accessibility", "Step-free access, lift, adapted toilets");
      body.put("yearlyCapacity", 120);
      directoryAdmin().body(body).post("/api/v1/sites").then().statusCode(201);
    }
  }

  private String csv(String prefix) {
    List<Commune> all = new ArrayList<>(communes.all());
    all.sort(Comparator.comparing(Commune::inseeCode));
    String siret = Fixtures.freshSiret();
    StringBuilder csv =
        new StringBuilder(
            "site_code,school_siret,school_name,site_name,street,commune_code,postal_code,"
                + "latitude,longitude,phone,email,opening_hours,accessibility,yearly_capacity,"
                + "sectors,status\n");
    for (int i = 1; i <= IMPORT_ROWS; i++) {
      Commune commune = all.get(random.nextInt(all.size()));
      String postalCode = i % BAD_ROW_EVERY == 0 ? "00000" : commune.postalCodes().get(0);
      csv.append(
          String.format(
              Locale.ROOT,
              "%s-%d,%s,Imported school,Imported site %d,1 rue du Test,%s,%s,,,+33140000000,,"
                  + "Mo-Fr 09:00-17:00,,100,logistique;commerce,ACTIVE\n",
              prefix,
              i,
              siret,
              i,
              commune.inseeCode(),
              postalCode));
    }
    return csv.toString();
  }

  /**
   * Rounds of load until the JVM's CPU per request is steady (the JIT has compiled the path): three
   * rounds within 10 % of each other, or the longest warm-up.
   */
  private void warmUp() throws Exception {
    List<Double> perRequest = new ArrayList<>();
    long rounds = Math.max(1, WARM_UP_AT_MOST.dividedBy(WARM_UP_ROUND));
    while (perRequest.size() < rounds && !steady(perRequest)) {
      Wrk wrk = listing();
      JvmCpu.Reading before = JvmCpu.read();
      Wrk.Run run = wrk.run(CONNECTIONS, WARM_UP_ROUND);
      perRequest.add((JvmCpu.read().processNanos() - before.processNanos()) / 1e3 / run.requests());
    }
    print(
        "  warm-up: %d rounds of %d s, JVM CPU per request %s µs: %s",
        perRequest.size(),
        WARM_UP_ROUND.toSeconds(),
        String.join(
            ", ", perRequest.stream().map(us -> String.format(Locale.ROOT, "%.0f", us)).toList()),
        steady(perRequest) ? "steady" : "the longest warm-up reached before it was steady");
  }

  /** wrk on the listing with a new token: a token lives 5 minutes, a warm-up may last longer. */
  private Wrk listing() throws IOException {
    return Wrk.against(url("/api/v1/sites?limit=" + LIMIT), advisorToken());
  }

  private static String advisorToken() {
    return TestTokens.user("advisor-bench").roles(Roles.PE_ADVISOR).safir("59021").issue();
  }

  private static boolean steady(List<Double> perRequest) {
    int n = perRequest.size();
    if (n < 3) {
      return false;
    }
    List<Double> last = perRequest.subList(n - 3, n);
    double min = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return max <= 1.1 * min;
  }

  /**
   * The threads' CPU by pool, the busiest first, in units of this many nanoseconds; the pools under
   * 1 % of the whole are left out, and so are threads that ended.
   */
  private static String pools(Map<String, Long> nanos, double unitNanos, String unit) {
    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
    return String.join(
        ", ",
        nanos.entrySet().stream()
            .filter(e -> e.getValue() >= total / 100)
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(
                e ->
                    String.format(
                        Locale.ROOT, "%s %.1f %s", e.getKey(), e.getValue() / unitNanos, unit))
            .toList());
  }

  /** The share of a core the idle application uses (Kafka, the outbox relay's polls...). */
  private static double idleCpuShare() {
    JvmCpu.Reading before = JvmCpu.read();
    // The idle window is what is measured: nothing to wait for but its end.
    await().pollDelay(IDLE).atMost(IDLE.plusSeconds(5)).until(() -> true);
    JvmCpu.Reading after = JvmCpu.read();
    return (after.processNanos() - before.processNanos())
        / (double) (after.wallNanos() - before.wallNanos());
  }

  private Map<String, Long> reportOf(String jobId) throws Exception {
    Map<String, Long> outcomes = new HashMap<>();
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT outcome, count(*) FROM import_row WHERE job_id = ? GROUP BY outcome")) {
      select.setObject(1, UUID.fromString(jobId));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          outcomes.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return outcomes;
  }

  private long siteCreatedEvents(String codePrefix) throws Exception {
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT count(*) FROM outbox_event e JOIN site s ON e.aggregate_id = s.id::text"
                    + " WHERE e.type = ? AND s.code LIKE ?")) {
      select.setString(1, DirectoryEvents.SITE_CREATED.type());
      select.setString(2, codePrefix + "-%");
      try (ResultSet count = select.executeQuery()) {
        count.next();
        return count.getLong(1);
      }
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + root.getPort() + path;
  }

  private static void print(String format, Object... values) {
    String text = String.format(Locale.ROOT, format, values);
    text.lines().forEach(line -> System.out.println("BENCH| " + line));
  }
}
