package fr.passerelle.directory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR execution-sample profile of this JVM while some work runs, summed up as text: the share of
 * samples by library (the innermost frame outside the JDK), by method on top of the stack (self),
 * and by method anywhere on the stack (inclusive).
 */
final class CpuProfile {

  private static final int TOP = 25;

  private final Map<String, Integer> libraries = new HashMap<>();
  private final Map<String, Integer> self = new HashMap<>();
  private final Map<String, Integer> inclusive = new HashMap<>();
  private int samples;

  /** Records execution samples every 10 ms while the work runs; the recording is kept in file. */
  static CpuProfile of(Path file, ThrowingRunnable work) throws Exception {
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      recording.start();
      work.run();
      recording.stop();
      Files.createDirectories(file.toAbsolutePath().getParent());
      recording.dump(file);
    }
    CpuProfile profile = new CpuProfile();
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (event.getEventType().getName().equals("jdk.ExecutionSample")
          && event.getStackTrace() != null) {
        profile.add(event.getStackTrace().getFrames());
      }
    }
    return profile;
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  private void add(List<RecordedFrame> frames) {
    samples++;
    Set<String> methods = new LinkedHashSet<>();
    String library = null;
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      methods.add(type + "." + frame.getMethod().getName());
      if (library == null && !isJdk(type)) {
        library = library(type);
      }
    }
    libraries.merge(library == null ? "(the JDK only)" : library, 1, Integer::sum);
    if (!methods.isEmpty()) {
      self.merge(methods.iterator().next(), 1, Integer::sum);
    }
    methods.forEach(method -> inclusive.merge(method, 1, Integer::sum));
  }

  private static boolean isJdk(String type) {
    return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.");
  }

  /** The first three segments of the package: org.hibernate.orm, com.fasterxml.jackson... */
  private static String library(String type) {
    String[] segments = type.split("\\.");
    return String.join(".", List.of(segments).subList(0, Math.min(3, segments.length - 1)));
  }

  String summary() {
    return String.join(
        System.lineSeparator(),
        String.format(Locale.ROOT, "  profile: %,d execution samples (every 10 ms)", samples),
        "  by library (innermost frame outside the JDK):",
        top(libraries),
        "  self (method on top of the stack):",
        top(self),
        "  inclusive (method anywhere on the stack):",
        top(inclusive));
  }

  private String top(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(TOP)
        .map(
            e ->
                String.format(
                    Locale.ROOT, "    %5.1f %%  %s", 100.0 * e.getValue() / samples, e.getKey()))
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
