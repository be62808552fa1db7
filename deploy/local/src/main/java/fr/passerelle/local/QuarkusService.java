package fr.passerelle.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A packaged Passerelle service (Quarkus fast-jar) as its own process. */
public final class QuarkusService {

  private final String name;
  private final Path jar;
  private final String healthUrl;
  private final ManagedProcess process;

  QuarkusService(
      String name, Path module, Path logs, String healthUrl, Map<String, String> environment) {
    this.name = name;
    this.jar = module.resolve("target/quarkus-app/quarkus-run.jar");
    this.healthUrl = healthUrl;
    this.process =
        new ManagedProcess(
            List.of(KafkaBroker.java(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString()),
            environment,
            module,
            logs.resolve(name + ".log"));
  }

  public void start() throws IOException {
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build first (mvn -B package -DskipTests)");
    }
    process.start();
    Waiting.until(name, Duration.ofMinutes(2), process, () -> Http.status(healthUrl) == 200);
  }

  public void stop() {
    process.stop(Duration.ofSeconds(20));
  }

  /** As a crash would: SIGKILL, no clean shutdown. */
  public void kill() throws InterruptedException {
    process.kill();
  }

  public ManagedProcess process() {
    return process;
  }
}
