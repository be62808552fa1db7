package fr.passerelle.directory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@code wrk} (its own process, so that its CPU is not the service's) against one URL with a
 * bearer token, and reads what its Lua {@code done} hook prints.
 */
final class Wrk {

  /** What one run did: completed requests, errors, and latency percentiles. */
  record Run(long requests, double seconds, long errors, double p50Ms, double p99Ms) {
    double perSecond() {
      return requests / seconds;
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "%,d requests in %.1f s (%,.0f/s), p50 %.2f ms, p99 %.2f ms, %d errors",
          requests,
          seconds,
          perSecond(),
          p50Ms,
          p99Ms,
          errors);
    }
  }

  private static final String SCRIPT =
      """
      wrk.headers["Authorization"] = "Bearer %s"
      done = function(summary, latency, requests)
        local e = summary.errors
        io.write(string.format("WRK %%d %%d %%d %%.0f %%.0f\\n", summary.requests,
          summary.duration, e.status + e.connect + e.read + e.write + e.timeout,
          latency:percentile(50), latency:percentile(99)))
      end
      """;

  private final String url;
  private final Path script;

  private Wrk(String url, Path script) {
    this.url = url;
    this.script = script;
  }

  static Wrk against(String url, String bearerToken) throws IOException {
    Path script = Files.createTempFile("directory-bench", ".lua");
    script.toFile().deleteOnExit();
    Files.writeString(script, SCRIPT.formatted(bearerToken));
    return new Wrk(url, script);
  }

  Run run(int connections, Duration duration) throws IOException, InterruptedException {
    Process wrk =
        new ProcessBuilder(
                List.of(
                    "wrk",
                    "-t1",
                    "-c" + connections,
                    "-d" + duration.toSeconds() + "s",
                    "--timeout",
                    "5s",
                    "-s",
                    script.toString(),
                    url))
            .redirectErrorStream(true)
            .start();
    String output = new String(wrk.getInputStream().readAllBytes());
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed: " + output);
    }
    String line =
        output
            .lines()
            .filter(l -> l.startsWith("WRK "))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("wrk printed no summary: " + output));
    String[] fields = line.split(" ");
    return new Run(
        Long.parseLong(fields[1]),
        Long.parseLong(fields[2]) / 1e6,
        Long.parseLong(fields[3]),
        Double.parseDouble(fields[4]) / 1000,
        Double.parseDouble(fields[5]) / 1000);
  }
}
