package fr.passerelle.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak's server, built once ({@code kc.sh build}: Quarkus' augmentation, most of a minute) for
 * the options the stack runs it with, in {@code deploy/local/target/keycloak-server}, and reused
 * while {@code keycloak.zip} and those options are unchanged (its stamp is a hash of both). Each
 * stack's Keycloak home is made of links to these files and keeps its own {@code data/} (the H2
 * database, the realm): a new stack, a reset or the system tests start it at once with {@code kc.sh
 * start --optimized}.
 */
final class KeycloakBuild {

  /** Build options: the H2 file database of the stack's home, the health endpoints. */
  static final List<String> OPTIONS = List.of("--db=dev-file", "--health-enabled=true");

  /** In a built server and in each home linked to one: the stamp of that build. */
  static final String STAMP_FILE = ".passerelle-build";

  /** What a home keeps of its own when it is linked again to a new build. */
  private static final String DATA = "data";

  private final Path distribution;
  private final Path server;
  private final Path lock;

  KeycloakBuild(Path root) {
    Path target = root.resolve("deploy/local/target");
    this.distribution = target.resolve("keycloak.zip");
    this.server = target.resolve("keycloak-server");
    this.lock = target.resolve("keycloak-server.lock");
  }

  /** A hash of the distribution (its path, size and time) and of the build options. */
  String stamp() throws IOException {
    requireDistribution();
    return Fingerprint.of(OPTIONS, List.of(distribution), 12);
  }

  /**
   * Makes {@code home} a Keycloak home of the current build (building it first when there is none
   * for these inputs), keeping the home's data.
   *
   * @param out where the build, when there is one, is announced
   * @param buildLog where {@code kc.sh build} writes
   */
  void prepare(Path home, PrintStream out, Path buildLog) throws IOException, InterruptedException {
    String stamp = stamp();
    if (stamp.equals(stampOf(home))) {
      return;
    }
    // One build at a time on this machine: two stacks (the developer's, the system tests') may
    // start together. The lock is the JVM's too (a file lock is held per process).
    synchronized (KeycloakBuild.class) {
      Files.createDirectories(lock.getParent());
      try (FileChannel channel =
              FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = channel.lock()) {
        if (!stamp.equals(stampOf(server))) {
          out.printf(
              "  %-12s building the server once (kc.sh build %s), reused while keycloak.zip and"
                  + " these options are unchanged...%n",
              "keycloak", String.join(" ", OPTIONS));
          build(stamp, buildLog);
        }
        link(home, stamp);
      }
    }
  }

  private void build(String stamp, Path buildLog) throws IOException, InterruptedException {
    Path staging = server.resolveSibling("keycloak-server.building");
    deleteRecursively(staging);
    unpack(staging);
    List<String> command = new ArrayList<>();
    command.add(staging.resolve("bin/kc.sh").toString());
    command.add("build");
    command.addAll(OPTIONS);
    Files.createDirectories(buildLog.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(staging.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(buildLog.toFile()));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process build = builder.start();
    if (!build.waitFor(10, TimeUnit.MINUTES)) {
      build.destroyForcibly().waitFor();
      throw new IllegalStateException("kc.sh build did not end in 10 minutes; see " + buildLog);
    }
    if (build.exitValue() != 0) {
      throw new IllegalStateException(
          "kc.sh build failed (exit code " + build.exitValue() + "); see " + buildLog);
    }
    // A home has its own data: none in the build that homes link to.
    deleteRecursively(staging.resolve(DATA));
    Files.writeString(staging.resolve(STAMP_FILE), stamp);
    deleteRecursively(server);
    Files.move(staging, server, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The home gets a hard link to each file of the build (a copy where links cannot be made: another
   * file system), in place of what an older build or distribution left there; its data stays.
   */
  private void link(Path home, String stamp) throws IOException {
    Files.createDirectories(home);
    try (Stream<Path> entries = Files.list(home)) {
      for (Path entry : entries.toList()) {
        if (!entry.getFileName().toString().equals(DATA)) {
          deleteRecursively(entry);
        }
      }
    }
    try (Stream<Path> files = Files.walk(server)) {
      for (Path file : files.toList()) {
        Path relative = server.relativize(file);
        Path target = home.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (!relative.toString().equals(STAMP_FILE)) {
          linkOrCopy(file, target);
        }
      }
    }
    Files.writeString(home.resolve(STAMP_FILE), stamp);
  }

  private static void linkOrCopy(Path file, Path target) throws IOException {
    try {
      Files.createLink(target, file);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static String stampOf(Path directory) throws IOException {
    Path stamp = directory.resolve(STAMP_FILE);
    return Files.exists(stamp) ? Files.readString(stamp).trim() : "";
  }

  private void requireDistribution() {
    if (!Files.exists(distribution)) {
      throw new IllegalStateException(
          distribution + " is missing: build first (mvn -B package -DskipTests)");
    }
  }

  private void unpack(Path staging) throws IOException {
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
          Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    try (Stream<Path> scripts = Files.list(staging.resolve("bin"))) {
      scripts
          .filter(p -> p.toString().endsWith(".sh"))
          .forEach(p -> p.toFile().setExecutable(true));
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
