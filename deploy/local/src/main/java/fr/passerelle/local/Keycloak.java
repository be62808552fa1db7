package fr.passerelle.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak 26.7.3 from its Maven distribution, unpacked once into the stack folder (its H2 database
 * lives there too, so a second start reuses the realm), importing {@code
 * deploy/keycloak/passerelle-realm.json} on first start.
 */
public final class Keycloak implements Component {

  /** Demo credentials of the local stack's master-realm administrator. */
  public static final String ADMIN = "admin";

  private final Path distribution;
  private final Path realm;
  private final Path home;
  private final Path logs;
  private final int port;
  private final int managementPort;
  private final ProcessSlot process = new ProcessSlot();

  Keycloak(Path root, Path stackDirectory, Path logs, int port, int managementPort) {
    this.distribution = root.resolve("deploy/local/target/keycloak.zip");
    this.realm = root.resolve("deploy/keycloak/passerelle-realm.json");
    this.home = stackDirectory.resolve("keycloak");
    this.logs = logs;
    this.port = port;
    this.managementPort = managementPort;
  }

  @Override
  public String name() {
    return "keycloak";
  }

  @Override
  public String address() {
    return url();
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public String realmUrl() {
    return url() + "/realms/passerelle";
  }

  /** The realm definition imported on first start. */
  Path realmFile() {
    return realm;
  }

  public String tokenUrl() {
    return realmUrl() + "/protocol/openid-connect/token";
  }

  @Override
  public void start() throws IOException {
    if (!Files.exists(home.resolve("bin/kc.sh"))) {
      unpack();
    }
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    Files.copy(
        realm, imports.resolve("passerelle-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    ManagedProcess started =
        process.start(
            new ManagedProcess(
                List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--http-management-port=" + managementPort,
                    "--health-enabled=true",
                    "--import-realm"),
                Map.of(
                    "JAVA_HOME",
                    System.getProperty("java.home"),
                    "JAVA_OPTS_KC_HEAP",
                    "-Xms64m -Xmx512m",
                    "KC_BOOTSTRAP_ADMIN_USERNAME",
                    ADMIN,
                    "KC_BOOTSTRAP_ADMIN_PASSWORD",
                    ADMIN),
                home,
                log()));
    Waiting.until("Keycloak", Duration.ofMinutes(4), started, this::ready);
  }

  @Override
  public boolean ready() {
    try {
      return Http.status("http://127.0.0.1:" + managementPort + "/health/ready") == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The PID of {@code kc.sh}, which Keycloak's Java process runs under (or replaces, on the very
   * first start): a kill of either ends both.
   */
  @Override
  public OptionalLong pid() {
    return process.pid();
  }

  @Override
  public Path log() {
    return logs.resolve("keycloak.log");
  }

  @Override
  public void whenItDies(Death.Listener listener) {
    process.whenItDies(listener);
  }

  @Override
  public void stop() {
    process.stop(Duration.ofSeconds(30));
  }

  public ManagedProcess process() {
    return process.process();
  }

  private void unpack() throws IOException {
    if (!Files.exists(distribution)) {
      throw new IllegalStateException(
          distribution + " is missing: build first (mvn -B package -DskipTests)");
    }
    Path staging = home.resolveSibling("keycloak-unpacking");
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        // Entries sit under keycloak-<version>/; drop that first folder.
        String name = entry.getName();
        String relative = name.substring(name.indexOf('/') + 1);
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging)) {
          throw new IOException("unexpected entry " + name);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          copy(zip, target);
        }
      }
    }
    try (var scripts = Files.list(staging.resolve("bin"))) {
      scripts
          .filter(p -> p.toString().endsWith(".sh"))
          .forEach(p -> p.toFile().setExecutable(true));
    }
    Files.move(staging, home);
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
