package fr.passerelle.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** A packaged Passerelle service (Quarkus fast-jar) as its own process. */
public final class QuarkusService implements Component {

  /**
   * The JVM of a service: a heap of at most 256 MB that starts small and grows only as far as the
   * service needs (the JVM's default initial heap, 1/64 of the machine's memory, would be committed
   * and soon touched whatever the load), the serial collector (one or two cores).
   */
  static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xms32m", "-XX:+UseSerialGC");

  /**
   * glibc gives each thread that allocates its own arena, up to 8 per core, most of it held after
   * use: two are plenty for a JVM whose Java heap does the allocating (the services, Kafka,
   * Keycloak).
   */
  static final Map<String, String> NATIVE_MEMORY = Map.of("MALLOC_ARENA_MAX", "2");

  private final String name;
  private final Path module;
  private final Path jar;
  private final String url;
  private final String healthUrl;
  private final Map<String, String> environment;
  private final Path logFile;
  private final ProcessSlot process = new ProcessSlot();
  private ClassDataArchive archive;

  QuarkusService(
      String name,
      Path module,
      Path logs,
      String url,
      String healthUrl,
      Map<String, String> environment) {
    this.name = name;
    this.module = module;
    this.jar = module.resolve("target/quarkus-app/quarkus-run.jar");
    this.url = url;
    this.healthUrl = healthUrl;
    Map<String, String> withNativeMemory = new HashMap<>(NATIVE_MEMORY);
    withNativeMemory.putAll(environment);
    this.environment = Map.copyOf(withNativeMemory);
    this.logFile = logs.resolve(name + ".log");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String address() {
    return url;
  }

  @Override
  public void start() throws IOException {
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build first (mvn -B package -DskipTests)");
    }
    archive = archive();
    List<String> command = new ArrayList<>();
    command.add(KafkaBroker.java());
    command.addAll(JVM_OPTIONS);
    command.addAll(archive.jvmOptions());
    command.addAll(List.of("-jar", jar.toString()));
    ManagedProcess started =
        process.start(new ManagedProcess(command, environment, module, logFile));
    Waiting.until(name, Duration.ofMinutes(2), started, this::ready);
  }

  /** The service's class-data archive, made from the packaged application as it is now. */
  private ClassDataArchive archive() {
    Path application = jar.getParent();
    try (Stream<Path> files = Files.walk(application)) {
      return new ClassDataArchive(
          module.resolve("target/local-stack-cds"),
          name,
          files.filter(Files::isRegularFile).sorted().toList(),
          JVM_OPTIONS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGTERM; the JVM writes its class-data archive first when it has none yet. */
  @Override
  public void stop() {
    process.stop(Duration.ofSeconds(30));
    if (archive != null) {
      archive.programEnded(process.exitCode());
    }
  }

  /** As a crash would: SIGKILL, no clean shutdown. */
  public void kill() throws InterruptedException {
    process.kill();
  }

  @Override
  public OptionalLong pid() {
    return process.pid();
  }

  @Override
  public boolean ready() {
    try {
      return Http.status(healthUrl) == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public Path log() {
    return logFile;
  }

  @Override
  public void whenItDies(Death.Listener listener) {
    process.whenItDies(listener);
  }

  public ManagedProcess process() {
    return process.process();
  }
}
