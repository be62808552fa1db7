package fr.passerelle.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** A Kafka 4.1.2 broker (KRaft, broker and controller in one) as its own process. */
public final class KafkaBroker implements Component {

  /** The broker's JVM; its class-data archive is made for these options. */
  private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

  private final Path directory;
  private final Path logs;
  private final int port;
  private final int controllerPort;
  private final Path launcher;
  private final String classpath;
  private final ProcessSlot process = new ProcessSlot();
  private ClassDataArchive archive;

  /**
   * @param launcher the launcher's build folder, deploy/local/target: Kafka runs from its classpath
   *     (lib/ and local-stack.jar)
   */
  KafkaBroker(Path stackDirectory, Path logs, int port, int controllerPort, Path launcher) {
    this.directory = stackDirectory.resolve("kafka");
    this.logs = logs;
    this.port = port;
    this.controllerPort = controllerPort;
    this.launcher = launcher;
    this.classpath = launcher.resolve("lib") + "/*:" + launcher.resolve("local-stack.jar");
  }

  @Override
  public String name() {
    return "kafka";
  }

  /** The bootstrap servers. */
  @Override
  public String address() {
    return bootstrapServers();
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void start() throws IOException, InterruptedException {
    Path properties = writeProperties();
    if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
      format(properties);
    }
    archive = archive();
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(JVM_OPTIONS);
    command.addAll(archive.jvmOptions());
    command.addAll(List.of("-cp", classpath, "kafka.Kafka", properties.toString()));
    ManagedProcess started =
        process.start(new ManagedProcess(command, QuarkusService.NATIVE_MEMORY, directory, log()));
    Waiting.until("Kafka", Duration.ofSeconds(60), started, this::ready);
  }

  @Override
  public OptionalLong pid() {
    return process.pid();
  }

  @Override
  public Path log() {
    return logs.resolve("kafka.log");
  }

  @Override
  public void whenItDies(Death.Listener listener) {
    process.whenItDies(listener);
  }

  /** The broker's class-data archive, made from the classpath as it is now. */
  private ClassDataArchive archive() throws IOException {
    List<Path> jars = new ArrayList<>();
    try (Stream<Path> libraries = Files.list(launcher.resolve("lib"))) {
      jars.addAll(libraries.sorted().toList());
    }
    jars.add(launcher.resolve("local-stack.jar"));
    return new ClassDataArchive(launcher.resolve("local-stack-cds"), "kafka", jars, JVM_OPTIONS);
  }

  /**
   * SIGTERM: the broker flushes and stops (about 2 s; more once, when it writes its class-data
   * archive).
   */
  @Override
  public void stop() {
    process.stop(Duration.ofSeconds(30));
    if (archive != null) {
      archive.programEnded(process.exitCode());
    }
  }

  public ManagedProcess process() {
    return process.process();
  }

  /** The broker describes its cluster. */
  @Override
  public boolean ready() {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
    try (Admin admin = Admin.create(config)) {
      return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
    } catch (Exception e) {
      return false;
    }
  }

  private Path writeProperties() throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve("server.properties");
    String controller = "127.0.0.1:" + controllerPort;
    Files.writeString(
        file,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@" + controller,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://" + controller,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT",
            "log.dirs=" + directory.resolve("data"),
            // One broker: internal topics must not wait for replicas that never come.
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "num.partitions=3",
            // Events are kept: a service with a new database rebuilds its copies (the referral
            // service's sites) from the start of a topic, and reporting counts every event.
            "log.retention.ms=-1",
            ""));
    return file;
  }

  private void format(Path properties) throws IOException, InterruptedException {
    ManagedProcess format =
        new ManagedProcess(
            List.of(
                java(),
                "-cp",
                classpath,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                properties.toString()),
            Map.of(),
            directory,
            logs.resolve("kafka.log"));
    format.start();
    Waiting.until("Kafka storage format", Duration.ofSeconds(60), null, () -> !format.isAlive());
    if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
      throw new IllegalStateException("Kafka storage format failed; see " + format.logFile());
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
