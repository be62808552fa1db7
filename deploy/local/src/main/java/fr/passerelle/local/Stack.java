package fr.passerelle.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The whole suite on one machine, on loopback: PostgreSQL, Kafka, Keycloak, every service, the
 * gateway, the demo data. The local-stack command and the system tests both drive it.
 */
public final class Stack implements AutoCloseable {

  /**
   * Services starting at once. Two cores are busy with three: more makes each start longer without
   * making the whole shorter, and stretches the steps that have a timeout of their own (the
   * referral service's first call to Keycloak, 3 s).
   */
  static final int APPLICATIONS_AT_ONCE = 3;

  /** Databases, one per service that has one. */
  static final List<String> DATABASES =
      List.of("directory", "referral", "prospection", "reporting", "webhook");

  /** The referral service's own client in the realm (demo secret, local stack only). */
  public static final String REFERRAL_CLIENT = "referral-service";

  public static final String REFERRAL_CLIENT_SECRET = "demo-referral-service-secret";

  /**
   * The gateway's limit for the portal client in the local stack, per minute: 6,000, or {@code
   * PASSERELLE_PORTAL_RATE_LIMIT} (a benchmark raises it): the ceiling of every demo person, each
   * of whom has the gateway's per-person limit (600 a minute) within it; the gateway's default for
   * a client, 600 a minute, would be that ceiling otherwise. Passed as an environment variable
   * named as the property: a client id has a dash, which the upper-case form of a name cannot
   * carry.
   */
  static final String PORTAL_RATE_LIMIT_PROPERTY =
      "passerelle.gateway.rate-limit.clients.passerelle-portal.requests";

  static final String PORTAL_RATE_LIMIT = portalRateLimit();

  private static String portalRateLimit() {
    String limit = System.getenv("PASSERELLE_PORTAL_RATE_LIMIT");
    return limit == null || limit.isBlank() ? "6000" : limit.trim();
  }

  /** Where the stack lives and how it talks. */
  public record Config(Path root, Path directory, Ports ports, boolean demoData, PrintStream out) {

    /**
     * The developer's stack: data in {@code .local/} (or {@code PASSERELLE_DATA_DIR}), fixed ports,
     * demo data.
     */
    public static Config local(Path root) {
      String dataDir = System.getenv("PASSERELLE_DATA_DIR");
      Path directory =
          dataDir == null || dataDir.isBlank() ? root.resolve(".local") : root.resolve(dataDir);
      return new Config(root, directory, Ports.fromEnvironment(), true, System.out);
    }

    public Path logs() {
      return directory.resolve("logs");
    }
  }

  private final Config config;
  private final Database database;
  private final KafkaBroker kafka;
  private final Keycloak keycloak;
  private final QuarkusService directory;
  private final QuarkusService referral;
  private final QuarkusService prospection;
  private final QuarkusService reporting;
  private final QuarkusService webhook;
  private final QuarkusService gateway;
  private final long startedAt = System.nanoTime();
  private final List<String> demoSites = new ArrayList<>();
  private final Supervision supervision;
  private final Object restarts = new Object();
  private volatile boolean ready;

  public Stack(Config config) {
    this.config = config;
    Ports ports = config.ports();
    Path root = config.root();
    this.supervision = new Supervision(config.out());
    this.database = new Database(config.directory(), config.logs(), ports.postgres(), DATABASES);
    this.kafka =
        new KafkaBroker(
            config.directory(),
            config.logs(),
            ports.kafka(),
            ports.kafkaController(),
            root.resolve("deploy/local/target"));
    this.keycloak =
        new Keycloak(
            root,
            config.directory(),
            config.logs(),
            config.out(),
            ports.keycloak(),
            ports.keycloakManagement());
    String directoryUrl = directoryUrl();
    this.directory =
        service(
            "directory",
            "partner-directory-service",
            ports.directory(),
            ports.directoryManagement(),
            Map.of());
    String referralUrl = referralUrl();
    this.referral =
        service(
            "referral",
            "referral-service",
            ports.referral(),
            ports.referralManagement(),
            Map.of(
                "DIRECTORY_URL", directoryUrl,
                // Its own identity towards the directory: demo values of the realm.
                "OIDC_CLIENT_ID", REFERRAL_CLIENT,
                "OIDC_CLIENT_SECRET", REFERRAL_CLIENT_SECRET,
                "PSEUDONYM_KEY", "demo-pseudonym-key-of-the-local-stack"));
    String prospectionUrl = prospectionUrl();
    this.prospection =
        service(
            "prospection",
            "prospection-service",
            ports.prospection(),
            ports.prospectionManagement(),
            Map.of());
    String reportingUrl = reportingUrl();
    this.reporting =
        service(
            "reporting",
            "reporting-service",
            ports.reporting(),
            ports.reportingManagement(),
            Map.of());
    String webhookUrl = webhookUrl();
    this.webhook =
        service(
            "webhook",
            "webhook-service",
            ports.webhook(),
            ports.webhookManagement(),
            // Receivers of the local stack and the system tests listen on loopback, in http.
            Map.of("WEBHOOKS_ALLOW_HTTP_LOOPBACK", "true"));
    this.gateway =
        new QuarkusService(
            "gateway",
            root.resolve("gateway"),
            config.logs(),
            gatewayUrl(),
            gatewayManagementUrl() + "/q/health/ready",
            Map.ofEntries(
                Map.entry("HTTP_PORT", String.valueOf(ports.gateway())),
                Map.entry("MANAGEMENT_PORT", String.valueOf(ports.gatewayManagement())),
                Map.entry("OIDC_AUTH_SERVER_URL", keycloak.realmUrl()),
                // The steering page's browser signs in there (code flow with PKCE).
                Map.entry("STEERING_REALM_URL", keycloak.realmUrl()),
                Map.entry("DIRECTORY_URL", directoryUrl),
                Map.entry("DIRECTORY_MANAGEMENT_URL", directoryManagementUrl()),
                Map.entry("REFERRAL_URL", referralUrl),
                Map.entry("REFERRAL_MANAGEMENT_URL", referralManagementUrl()),
                Map.entry("PROSPECTION_URL", prospectionUrl),
                Map.entry("PROSPECTION_MANAGEMENT_URL", prospectionManagementUrl()),
                Map.entry("REPORTING_URL", reportingUrl),
                Map.entry("REPORTING_MANAGEMENT_URL", reportingManagementUrl()),
                Map.entry("WEBHOOK_URL", webhookUrl),
                Map.entry("WEBHOOK_MANAGEMENT_URL", webhookManagementUrl()),
                // Every demo person signs in through the portal client, and the gateway limits
                // each client: the demo data alone makes about a thousand requests at start.
                Map.entry(PORTAL_RATE_LIMIT_PROPERTY, PORTAL_RATE_LIMIT)));
    components().forEach(supervision::watch);
  }

  /**
   * A service with its own database (named after it, user and password too: demo values), the
   * broker and the realm, on its ports; {@code own} adds what only it needs.
   */
  private QuarkusService service(
      String name, String module, int port, int managementPort, Map<String, String> own) {
    Map<String, String> environment = new HashMap<>(own);
    environment.put("HTTP_PORT", String.valueOf(port));
    environment.put("MANAGEMENT_PORT", String.valueOf(managementPort));
    environment.put("DB_URL", database.jdbcUrl(name));
    environment.put("DB_USER", name);
    environment.put("DB_PASSWORD", name);
    environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    environment.put("OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
    environment.put("OIDC_AUDIENCE", "passerelle");
    return new QuarkusService(
        name,
        config.root().resolve(module),
        config.logs(),
        "http://127.0.0.1:" + port,
        "http://127.0.0.1:" + managementPort + "/q/health/ready",
        environment);
  }

  /**
   * Every component, as the launcher lists them: the infrastructure, the services by axis, the
   * gateway. They start as {@code infrastructure()}, then {@code applications()}.
   */
  public List<Component> components() {
    return List.of(
        database, kafka, keycloak, directory, referral, prospection, reporting, webhook, gateway);
  }

  /**
   * Starts every component, each awaited on its readiness: PostgreSQL, Kafka and Keycloak together
   * (none needs another), then the services and the gateway, {@value #APPLICATIONS_AT_ONCE} at a
   * time (each needs those three, none another at start: the gateway reads the services' documents
   * and readiness when asked); then the demo data.
   */
  public void start() throws Exception {
    supervision.stackStarting();
    config
        .out()
        .println(
            "Starting Passerelle (data: " + config.directory() + ", logs: " + config.logs() + ")");
    // Kafka's and zonky's clients log through SLF4J: set up once here, not by several threads at
    // once (which makes SLF4J warn that it dropped their first lines).
    LoggerFactory.getILoggerFactory();
    List<Component> infrastructure = infrastructure();
    startTogether(infrastructure, infrastructure.size());
    upgradeRealm();
    startTogether(applications(), APPLICATIONS_AT_ONCE);
    if (config.demoData()) {
      step("demo data", this::loadDemoData);
    }
    ready = true;
    config.out().printf("Ready in %.1f s%n", seconds(startedAt));
  }

  private List<Component> infrastructure() {
    return List.of(database, kafka, keycloak);
  }

  /** The services and the gateway (the lightest, last). */
  private List<Component> applications() {
    return List.of(referral, directory, prospection, reporting, webhook, gateway);
  }

  /**
   * Starts the group's components, {@code atOnce} at a time, each on its own thread; the first
   * failure once all are done.
   */
  private void startTogether(List<Component> group, int atOnce) throws Exception {
    runTogether(group, atOnce, this::start);
  }

  private static void runTogether(List<Component> group, int atOnce, ComponentAction action)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(atOnce);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (Component component : group) {
        runs.add(
            threads.submit(
                () -> {
                  action.run(component);
                  return null;
                }));
      }
      Exception failure = null;
      for (Future<?> run : runs) {
        try {
          run.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure =
                e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e);
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Stops one component (when it still runs) and starts it again, awaited on its readiness; the
   * others keep running.
   *
   * @throws IllegalArgumentException naming the components, for an unknown name
   */
  public void restart(String name) throws Exception {
    Component component =
        components().stream()
            .filter(c -> c.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no component "
                            + name
                            + "; one of: "
                            + String.join(
                                ", ", components().stream().map(Component::name).toList())));
    if (!ready) {
      throw new IllegalStateException("Passerelle is still starting: try again once it is ready");
    }
    synchronized (restarts) {
      config.out().printf("  %-12s restarting...%n", name);
      component.stop();
      start(component);
    }
  }

  /** Each component: its PID, its health, its address; a dead one says when it died. */
  public List<ComponentStatus> status() {
    return components().stream()
        .map(component -> ComponentStatus.of(component, supervision))
        .toList();
  }

  private void start(Component component) throws Exception {
    supervision.starting(component);
    step(component.name(), component::start);
  }

  /** A realm imported by an earlier start gets what the realm file gained since. */
  private void upgradeRealm() throws Exception {
    List<String> added =
        RealmUpgrade.addMissing(keycloak, tokens().masterAdmin(), keycloak.realmFile());
    if (!added.isEmpty()) {
      config.out().printf("  %-12s realm updated: %s%n", "keycloak", String.join(", ", added));
    }
  }

  private void loadDemoData() throws Exception {
    Tokens tokens = tokens();
    String directoryAdmin = tokens.user("directory-admin");
    List<String> sites = new DemoData(gatewayUrl(), config.root()).loadIfEmpty(directoryAdmin);
    if (!sites.isEmpty()) {
      DemoData.giveSites(keycloak, tokens.masterAdmin(), "e2c-staff", sites.subList(0, 2));
      demoSites.addAll(sites);
    }
    ProspectionDemoData prospection =
        new ProspectionDemoData(gatewayUrl(), config.root(), keycloak, tokens);
    Map<String, String> siteIds = prospection.siteIds(directoryAdmin);
    String master = tokens.masterAdmin();
    try {
      ProspectionDemoData.Loaded loaded =
          prospection.loadIfEmpty(tokens.user("admin"), master, siteIds);
      if (!loaded.isEmpty()) {
        config.out().printf("  %-12s prospection: %s%n", "demo data", loaded);
      }
    } finally {
      // The load borrows the demo users' scope; a realm imported before they had one gets it too.
      List<String> scoped = prospection.scopeDemoUsers(tokens.masterAdmin(), siteIds);
      if (!scoped.isEmpty() && sites.isEmpty()) {
        config.out().printf("  %-12s realm updated: %s%n", "keycloak", String.join(", ", scoped));
      }
    }
    // A year of history for the indicators, published once as the services' events (it cannot
    // come through their APIs, which stamp the present time): see ReportingDemoData.
    ReportingDemoData reportingDemo =
        new ReportingDemoData(gatewayUrl(), config.root(), kafka.bootstrapServers());
    ReportingDemoData.Published history =
        reportingDemo.loadHistoryIfAbsent(siteIds, tokens.user("admin"));
    if (!history.isEmpty()) {
      config.out().printf("  %-12s reporting: %s%n", "demo data", history);
    }
    // Demo experiments (axis 4) and the action plan (axis 5), through the API, when none exist.
    ReportingDemoData.Register register = reportingDemo.loadExperimentsIfEmpty(tokens, siteIds);
    if (!register.isEmpty()) {
      config.out().printf("  %-12s reporting: %s%n", "demo data", register);
    }
  }

  /**
   * Adds E2C sites to a demo user's {@code e2c_sites} (Keycloak admin API), keeping the sites it
   * has; the user's next token carries them.
   */
  public synchronized void giveE2cSites(String username, List<String> sites) throws Exception {
    DemoData.addSites(keycloak, tokens().masterAdmin(), username, sites);
  }

  @Override
  public void close() {
    stop();
  }

  /** Stops what it started, in reverse order: the services and the gateway, the infrastructure. */
  public void stop() {
    ready = false;
    supervision.stackStopping();
    stopTogether(applications());
    stopTogether(infrastructure());
  }

  private static void stopTogether(List<Component> group) {
    try {
      runTogether(group, group.size(), Component::stop);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      // stop() throws nothing checked: only an interruption gets here.
      Thread.currentThread().interrupt();
    }
  }

  public String gatewayUrl() {
    return "http://127.0.0.1:" + config.ports().gateway();
  }

  /** The gateway's management interface: {@code /q/health}, {@code /q/metrics}. */
  public String gatewayManagementUrl() {
    return "http://127.0.0.1:" + config.ports().gatewayManagement();
  }

  /** The directory service itself, behind the gateway. */
  public String directoryUrl() {
    return "http://127.0.0.1:" + config.ports().directory();
  }

  /**
   * The directory's management interface: {@code /q/health}, {@code /q/metrics}, {@code /q/openapi}
   * (its public port answers 404 there).
   */
  public String directoryManagementUrl() {
    return "http://127.0.0.1:" + config.ports().directoryManagement();
  }

  /** The referral service itself, behind the gateway. */
  public String referralUrl() {
    return "http://127.0.0.1:" + config.ports().referral();
  }

  /**
   * The referral service's management interface: {@code /q/health}, {@code /q/metrics}, {@code
   * /q/openapi} (its public port answers 404 there).
   */
  public String referralManagementUrl() {
    return "http://127.0.0.1:" + config.ports().referralManagement();
  }

  /** The prospection service itself, behind the gateway. */
  public String prospectionUrl() {
    return "http://127.0.0.1:" + config.ports().prospection();
  }

  /**
   * The prospection service's management interface: {@code /q/health}, {@code /q/metrics}, {@code
   * /q/openapi} (its public port answers 404 there).
   */
  public String prospectionManagementUrl() {
    return "http://127.0.0.1:" + config.ports().prospectionManagement();
  }

  /** The webhook service itself, behind the gateway. */
  public String webhookUrl() {
    return "http://127.0.0.1:" + config.ports().webhook();
  }

  /** The webhook service's management interface: health, metrics, its OpenAPI document. */
  public String webhookManagementUrl() {
    return "http://127.0.0.1:" + config.ports().webhookManagement();
  }

  /** The reporting service itself, behind the gateway. */
  public String reportingUrl() {
    return "http://127.0.0.1:" + config.ports().reporting();
  }

  /**
   * The reporting service's management interface: {@code /q/health}, {@code /q/metrics}, {@code
   * /q/openapi} (its public port answers 404 there).
   */
  public String reportingManagementUrl() {
    return "http://127.0.0.1:" + config.ports().reportingManagement();
  }

  public Tokens tokens() {
    return new Tokens(keycloak);
  }

  public Keycloak keycloak() {
    return keycloak;
  }

  public KafkaBroker kafka() {
    return kafka;
  }

  public Database database() {
    return database;
  }

  public QuarkusService directory() {
    return directory;
  }

  public QuarkusService referral() {
    return referral;
  }

  public QuarkusService prospection() {
    return prospection;
  }

  public QuarkusService reporting() {
    return reporting;
  }

  public QuarkusService webhook() {
    return webhook;
  }

  public QuarkusService gateway() {
    return gateway;
  }

  /** Started, and not stopped since. */
  public boolean isReady() {
    return ready;
  }

  public Config config() {
    return config;
  }

  /** Demo sites loaded by this start (empty when the data was already there). */
  public List<String> demoSites() {
    return List.copyOf(demoSites);
  }

  /** Sum of the resident memory of every process of the stack, this launcher included, in MB. */
  public long totalRssMb() {
    long kb = Rss.ofPid(ProcessHandle.current().pid());
    // Kafka's and Keycloak's processes exist once started.
    for (ManagedProcess process :
        Arrays.asList(
            kafka.process(),
            keycloak.process(),
            directory.process(),
            referral.process(),
            prospection.process(),
            reporting.process(),
            webhook.process(),
            gateway.process())) {
      kb += process == null ? 0 : process.rssKb();
    }
    // PostgreSQL: its postmaster (pg_ctl's daemon, not a child of this JVM) and its backends.
    kb +=
        database.pid().stream()
            .mapToObj(ProcessHandle::of)
            .flatMap(Optional::stream)
            .flatMap(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants()))
            .mapToLong(p -> Rss.ofPid(p.pid()))
            .sum();
    return kb / 1024;
  }

  private void step(String name, ThrowingRunnable action) throws Exception {
    long start = System.nanoTime();
    config.out().printf("  %-12s starting...%n", name);
    action.run();
    config.out().printf("  %-12s ready in %.1f s%n", name, seconds(start));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @FunctionalInterface
  private interface ComponentAction {
    void run(Component component) throws Exception;
  }
}
