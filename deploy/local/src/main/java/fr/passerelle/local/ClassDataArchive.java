package fr.passerelle.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A JDK dynamic class-data archive (AppCDS) of one Java program of the stack: the classes it loaded
 * once, parsed and verified, mapped at the next start instead of being read again from its jars.
 *
 * <p>A start without an archive asks the JVM to write one when it ends ({@code
 * -XX:ArchiveClassesAtExit}, a few seconds more at that stop); a later start maps it ({@code
 * -XX:SharedArchiveFile}). The archive's name carries a fingerprint of what it was made from (the
 * program's files, the JVM): anything rebuilt, and the next stop makes a new one. It is written
 * under a name of its own and renamed only once the program ended cleanly, so that two stacks
 * sharing a build never read a half-written archive. A JVM that finds an archive it cannot use
 * starts without it.
 */
final class ClassDataArchive {

  /** The archive's own warnings (classes it skips) would fill the program's log. */
  private static final String QUIET = "-Xlog:cds*=off";

  private static final String UNLOCK = "-XX:+UnlockDiagnosticVMOptions";

  /**
   * Mapped where it was made, as long as that address is free: most pages then stay clean, shared
   * with the file's cache rather than copied into the process (this JDK relocates every archive by
   * default, which rewrites each page holding a pointer), and the start skips the relocation.
   */
  private static final String MAP_AS_MADE = "-XX:ArchiveRelocationMode=0";

  /** Exit codes of a JVM that ended on its own or on SIGTERM (the only ones that dump). */
  private static final List<Integer> CLEAN_EXITS = List.of(0, 143);

  private static final AtomicLong DUMPS = new AtomicLong();

  private final Path archive;
  private final Path directory;
  private final String prefix;
  private volatile Path dumping;

  /**
   * @param directory where the archive lives
   * @param name the program's name
   * @param madeFrom what the archive depends on: files (each by path, size and time) and words
   */
  ClassDataArchive(Path directory, String name, List<Path> files, List<String> words) {
    this.directory = directory;
    this.prefix = name + "-";
    this.archive = directory.resolve(prefix + fingerprint(files, words) + ".jsa");
  }

  /** The JVM options of the next start: map the archive, or write one at exit. */
  synchronized List<String> jvmOptions() {
    // A dump the last run left behind (it died rather than stopped) is incomplete.
    deleteQuietly(dumping);
    if (Files.isRegularFile(archive)) {
      dumping = null;
      return List.of("-XX:SharedArchiveFile=" + archive, QUIET, UNLOCK, MAP_AS_MADE);
    }
    try {
      Files.createDirectories(directory);
      deleteAbandonedDumps();
    } catch (IOException e) {
      return List.of();
    }
    dumping =
        directory.resolve(
            archive.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "-"
                + DUMPS.incrementAndGet()
                + ".part");
    return List.of("-XX:ArchiveClassesAtExit=" + dumping, QUIET);
  }

  /**
   * The program ended: the archive it wrote becomes the one later starts map (replacing older
   * ones), unless it ended uncleanly (killed: the file may be incomplete).
   */
  synchronized void programEnded(OptionalInt exitCode) {
    Path written = dumping;
    dumping = null;
    if (written == null) {
      return;
    }
    try {
      boolean clean = exitCode.isPresent() && CLEAN_EXITS.contains(exitCode.getAsInt());
      if (clean && Files.isRegularFile(written) && Files.size(written) > 0) {
        Files.move(
            written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        deleteOlderArchives();
      } else {
        Files.deleteIfExists(written);
      }
    } catch (IOException e) {
      // No archive this time: the next start writes one.
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for the next launcher's clean-up
    }
  }

  /** Archives of this program made from older files. */
  private void deleteOlderArchives() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".jsa") && !file.equals(archive)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Dumps of launchers that no longer run (killed before the program's stop). */
  private void deleteAbandonedDumps() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".part") && launcherIsGone(name)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** The JDK's and the program's inputs: another JDK cannot map this JDK's archive. */
  private static String fingerprint(List<Path> files, List<String> words) {
    List<String> inputs = new ArrayList<>();
    inputs.add(System.getProperty("java.home"));
    inputs.add(System.getProperty("java.vm.version"));
    inputs.addAll(words);
    return Fingerprint.of(inputs, files, 8);
  }

  private static boolean launcherIsGone(String partName) {
    String[] parts = partName.split("\\.");
    String pidAndCount = parts[parts.length - 2];
    try {
      long pid = Long.parseLong(pidAndCount.substring(0, pidAndCount.indexOf('-')));
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty();
    } catch (RuntimeException e) {
      return true;
    }
  }
}
