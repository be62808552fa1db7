package fr.passerelle.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A packaged Passerelle service (Quarkus fast-jar) as its own process. */
public final class QuarkusService implements Component {

  private final String name;
  private final Path jar;
  private final String url;
  private final String healthUrl;
  private final ManagedProcess process;

  QuarkusService(
      String name,
      Path module,
      Path logs,
      String url,
      String healthUrl,
      Map<String, String> environment) {
    this.name = name;
    this.jar = module.resolve("target/quarkus-app/quarkus-run.jar");
    this.url = url;
    this.healthUrl = healthUrl;
    this.process =
        new ManagedProcess(
            List.of(KafkaBroker.java(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString()),
            environment,
            module,
            logs.resolve(name + ".log"));
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
    process.start();
    Waiting.until(name, Duration.ofMinutes(2), process, this::ready);
  }

  @Override
  public void stop() {
    process.stop(Duration.ofSeconds(20));
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
    return process.logFile();
  }

  @Override
  public void whenItDies(Death.Listener listener) {
    process.whenItDies(listener);
  }

  public ManagedProcess process() {
    return process;
  }
}
