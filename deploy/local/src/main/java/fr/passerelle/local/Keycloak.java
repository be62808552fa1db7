package fr.passerelle.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Keycloak 26.7.3 from its Maven distribution, built once for the stack's options ({@link
 * KeycloakBuild}) and started optimized ({@code kc.sh start --optimized}, production mode over
 * plain HTTP on loopback) from the stack's own home, whose H2 database keeps the realm: {@code
 * deploy/keycloak/passerelle-realm.json} is imported on the first start.
 */
public final class Keycloak implements Component {

  /** Demo credentials of the local stack's master-realm administrator. */
  public static final String ADMIN = "admin";

  /** Written once a start imported the realm: later starts need not read the file again. */
  private static final String REALM_IMPORTED = "data/passerelle-realm-imported";

  private final KeycloakBuild build;
  private final Path realm;
  private final Path home;
  private final Path logs;
  private final PrintStream out;
  private final int port;
  private final int managementPort;
  private final ProcessSlot process = new ProcessSlot();
  private ClassDataArchive archive;

  Keycloak(
      Path root, Path stackDirectory, Path logs, PrintStream out, int port, int managementPort) {
    this.build = new KeycloakBuild(root);
    this.realm = root.resolve("deploy/keycloak/passerelle-realm.json");
    this.home = stackDirectory.resolve("keycloak");
    this.logs = logs;
    this.out = out;
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
  public void start() throws IOException, InterruptedException {
    build.prepare(home, out, log());
    boolean importRealm =
        !Files.exists(home.resolve(REALM_IMPORTED)) || !Files.exists(home.resolve("data/h2"));
    if (importRealm) {
      Path imports = home.resolve("data/import");
      Files.createDirectories(imports);
      Files.copy(
          realm, imports.resolve("passerelle-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    // The archive names the home's own jars, so it serves that home only: a home used once (the
    // system tests wipe theirs at each run) never gets one, it would be written for nothing.
    archive =
        importRealm
            ? null
            : new ClassDataArchive(
                home.resolve("data/class-data"),
                "keycloak",
                List.of(
                    home.resolve("lib/quarkus-run.jar"), home.resolve(KeycloakBuild.STAMP_FILE)),
                List.of(home.toString()));
    List<String> command =
        new ArrayList<>(
            List.of(
                home.resolve("bin/kc.sh").toString(),
                "start",
                "--optimized",
                "--http-enabled=true",
                // Tokens name the address they were asked at (127.0.0.1 and the stack's port).
                "--hostname-strict=false",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                // One node: no cluster to look for.
                "--cache=local",
                // The launcher's readiness probe, every 100 ms, would log each "not yet".
                "--log-level=info,io.smallrye.health:warn"));
    if (importRealm) {
      command.add("--import-realm");
    }
    ManagedProcess started =
        process.start(
            new ManagedProcess(
                command,
                Map.of(
                    "JAVA_HOME",
                    System.getProperty("java.home"),
                    "JAVA_OPTS_KC_HEAP",
                    "-Xms64m -Xmx512m",
                    "JAVA_OPTS_APPEND",
                    archive == null ? "" : String.join(" ", archive.jvmOptions()),
                    "MALLOC_ARENA_MAX",
                    QuarkusService.NATIVE_MEMORY.get("MALLOC_ARENA_MAX"),
                    "KC_BOOTSTRAP_ADMIN_USERNAME",
                    ADMIN,
                    "KC_BOOTSTRAP_ADMIN_PASSWORD",
                    ADMIN),
                home,
                log()));
    Waiting.until("Keycloak", Duration.ofMinutes(4), started, this::ready);
    if (importRealm) {
      Files.writeString(home.resolve(REALM_IMPORTED), realm.toString());
    }
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
   * The PID of {@code kc.sh}, which Keycloak's Java process runs under: a kill of either ends both.
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
    // The first stop after a start without a class-data archive writes it (seconds, up to 15 on a
    // busy machine).
    process.stop(Duration.ofSeconds(45));
    if (archive != null) {
      archive.programEnded(process.exitCode());
    }
  }

  public ManagedProcess process() {
    return process.process();
  }
}
