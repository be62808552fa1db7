package fr.passerelle.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A component whose process dies while the stack runs is reported in the launcher's output and
 * shown DEAD by status until it starts again; one stopped on purpose is just stopped.
 */
class SupervisionTest {

  @TempDir Path directory;

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final Supervision supervision =
      new Supervision(new PrintStream(output, true, StandardCharsets.UTF_8));
  private Sleeper sleeper;

  @AfterEach
  void stopIt() {
    if (sleeper != null) {
      sleeper.stop();
    }
  }

  @Test
  void aDeathIsReportedAndShownUntilTheComponentStartsAgain() throws Exception {
    sleeper = new Sleeper(directory);
    supervision.watch(sleeper);
    sleeper.start();
    assertThat(status().health()).isEqualTo(ComponentStatus.Health.UP);
    long pid = sleeper.pid().orElseThrow();

    ProcessHandle.of(pid).orElseThrow().destroyForcibly();

    await().atMost(Duration.ofSeconds(10)).until(() -> output().contains("DIED"));
    assertThat(output())
        .contains(
            "sleeper      DIED (PID " + pid + ", exit code 137); log: " + sleeper.log(),
            "./passerelle restart sleeper");
    ComponentStatus dead = status();
    assertThat(dead.health()).isEqualTo(ComponentStatus.Health.DEAD);
    assertThat(dead.pid()).isEmpty();
    assertThat(dead.line())
        .startsWith("sleeper      -        DEAD       sleep://600  died at ")
        .contains("(PID " + pid + ", exit code 137); log: " + sleeper.log());

    supervision.starting(sleeper);
    sleeper.start();

    ComponentStatus again = status();
    assertThat(again.health()).isEqualTo(ComponentStatus.Health.UP);
    assertThat(again.line())
        .isEqualTo(
            String.format("sleeper      %-8d up         sleep://600", sleeper.pid().orElseThrow()));
  }

  @Test
  void aComponentStoppedOnPurposeIsStoppedNotDead() throws Exception {
    sleeper = new Sleeper(directory);
    supervision.watch(sleeper);
    sleeper.start();

    sleeper.stop();

    assertThat(status().health()).isEqualTo(ComponentStatus.Health.STOPPED);
    assertThat(output()).doesNotContain("DIED");
  }

  @Test
  void whatEndsWhileTheWholeStackStopsIsNoDeath() throws Exception {
    sleeper = new Sleeper(directory);
    supervision.watch(sleeper);
    sleeper.start();
    long pid = sleeper.pid().orElseThrow();
    supervision.stackStopping();

    // As zonky's shutdown hook does to PostgreSQL, before the stack's own stop reaches it.
    ProcessHandle.of(pid).orElseThrow().destroyForcibly();

    await().atMost(Duration.ofSeconds(10)).until(() -> sleeper.deathsSeen.get() == 1);
    assertThat(output()).doesNotContain("DIED");
    assertThat(status().health()).isEqualTo(ComponentStatus.Health.STOPPED);
  }

  private ComponentStatus status() {
    return ComponentStatus.of(sleeper, supervision);
  }

  private String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  /** A component whose readiness is its process being alive. */
  private static final class Sleeper implements Component {

    private final ManagedProcess process;

    /** Deaths the supervision's listener has been told of (it ran to its end). */
    private final AtomicInteger deathsSeen = new AtomicInteger();

    Sleeper(Path directory) {
      this.process =
          new ManagedProcess(
              List.of("sleep", "600"), Map.of(), directory, directory.resolve("sleeper.log"));
    }

    @Override
    public String name() {
      return "sleeper";
    }

    @Override
    public String address() {
      return "sleep://600";
    }

    @Override
    public void start() throws Exception {
      process.start();
    }

    @Override
    public void stop() {
      process.stop(Duration.ofSeconds(5));
    }

    @Override
    public OptionalLong pid() {
      return process.pid();
    }

    @Override
    public boolean ready() {
      return process.isAlive();
    }

    @Override
    public Path log() {
      return process.logFile();
    }

    @Override
    public void whenItDies(Death.Listener listener) {
      process.whenItDies(
          death -> {
            listener.died(death);
            deathsSeen.incrementAndGet();
          });
    }
  }
}
