package fr.passerelle.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real child process: killed from outside, it is reported; stopped on purpose, it is not. */
class ManagedProcessTest {

  @TempDir Path directory;

  private final List<Death> deaths = new CopyOnWriteArrayList<>();
  private ManagedProcess process;

  @AfterEach
  void stopIt() {
    if (process != null) {
      process.stop(Duration.ofSeconds(5));
    }
  }

  @Test
  void aProcessKilledFromOutsideIsReportedWithItsPidAndExitCode() throws Exception {
    process = sleeper();
    process.start();
    long pid = process.pid().orElseThrow();

    ProcessHandle.of(pid).orElseThrow().destroyForcibly();

    await().atMost(Duration.ofSeconds(10)).until(() -> !deaths.isEmpty());
    assertThat(deaths).singleElement().satisfies(death -> assertThat(death.pid()).isEqualTo(pid));
    assertThat(deaths.get(0).exit()).isEqualTo("exit code 137");
    assertThat(process.isAlive()).isFalse();
    assertThat(process.pid()).isEmpty();
  }

  @Test
  void aProcessStoppedOnPurposeIsNotReportedButItsNextStartIsWatched() throws Exception {
    process = sleeper();
    process.start();
    long stopped = process.pid().orElseThrow();
    process.stop(Duration.ofSeconds(5));
    assertThat(ProcessHandle.of(stopped)).isEmpty();

    process.start();
    long restarted = process.pid().orElseThrow();
    assertThat(restarted).isNotEqualTo(stopped);
    process.kill();

    await().atMost(Duration.ofSeconds(10)).until(() -> !deaths.isEmpty());
    assertThat(deaths).extracting(Death::pid).containsExactly(restarted);
  }

  private ManagedProcess sleeper() {
    ManagedProcess sleeper =
        new ManagedProcess(
            List.of("sleep", "600"), Map.of(), directory, directory.resolve("sleeper.log"));
    sleeper.whenItDies(deaths::add);
    return sleeper;
  }
}
