package fr.passerelle.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs on an OpenAPI document the linters partners' security teams run on ours: Spectral ({@code
 * spectral:oas} and the OWASP API Security ruleset) and Redocly ({@code recommended}), at the
 * versions pinned in {@code platform/testing/openapi-lint/package-lock.json}, with that folder's
 * rulesets (which say why any rule is turned off).
 *
 * <p>The first call installs them there when needed ({@code npm ci}, about 10 s, once per checkout:
 * later builds reuse {@code node_modules} until the lock file changes); each document then takes 1
 * to 3 s, both tools running at once. Needs Node.js and npm on the path.
 *
 * <pre>{@code
 * assertThat(OpenApiLinters.lint(document, OpenApiLinters.Audience.SERVICE).errors()).isEmpty();
 * }</pre>
 */
public final class OpenApiLinters {

  /** Which rules apply: a service's own document, or the merged one partners read. */
  public enum Audience {
    /**
     * A service's document, read by the gateway and the team: what only the gateway does (rate
     * limits) is not the service's to document.
     */
    SERVICE("service.spectral.yaml"),
    /** The gateway's merged document, the one partners read: every rule. */
    PUBLIC("public.spectral.yaml");

    private final String spectralRuleset;

    Audience(String spectralRuleset) {
      this.spectralRuleset = spectralRuleset;
    }
  }

  /** One finding: which tool and rule, where in the document, and what it says. */
  public record Finding(String tool, String rule, boolean error, String where, String message) {
    @Override
    public String toString() {
      return tool + " " + rule + " at " + where + ": " + message;
    }
  }

  /** What both linters found in one document. */
  public record Report(List<Finding> findings) {

    public List<Finding> errors() {
      return findings.stream().filter(Finding::error).toList();
    }

    public List<Finding> warnings() {
      return findings.stream().filter(finding -> !finding.error()).toList();
    }

    /** The number of errors of each rule ({@code "spectral owasp:api4:2023-string-limit" → 12}). */
    public Map<String, Long> errorCountsByRule() {
      return errors().stream()
          .collect(
              Collectors.groupingBy(
                  finding -> finding.tool() + " " + finding.rule(),
                  TreeMap::new,
                  Collectors.counting()));
    }
  }

  /** The folder with package.json, package-lock.json and the rulesets. */
  static final String PROJECT = "platform/testing/openapi-lint";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long RUN_TIMEOUT_SECONDS = 120;
  private static final long INSTALL_TIMEOUT_SECONDS = 600;

  private OpenApiLinters() {}

  /** Lints the document (JSON or YAML text) with the rules of its audience. */
  public static Report lint(String document, Audience audience) {
    Path project = installed();
    try {
      // Kept in the module's target/ for a look after a failure: the document and both reports.
      Path work = Files.createDirectories(Path.of("target", "openapi-lint").toAbsolutePath());
      String name = audience.name().toLowerCase(java.util.Locale.ROOT);
      Path file =
          work.resolve(name + (document.stripLeading().startsWith("{") ? ".json" : ".yaml"));
      Files.writeString(file, document);
      Path spectralReport = work.resolve(name + ".spectral.json");
      Path redoclyReport = work.resolve(name + ".redocly.json");
      Process spectral =
          start(
              project,
              spectralReport,
              "node",
              "node_modules/@stoplight/spectral-cli/dist/index.js",
              "lint",
              file.toString(),
              "--ruleset",
              audience.spectralRuleset,
              "--format",
              "json",
              "--quiet");
      Process redocly =
          start(
              project,
              redoclyReport,
              "node",
              "node_modules/@redocly/cli/bin/cli.js",
              "lint",
              file.toString(),
              "--config",
              "redocly.yaml",
              "--format",
              "json");
      await(spectral, "spectral", spectralReport);
      await(redocly, "redocly", redoclyReport);
      List<Finding> findings = new ArrayList<>();
      findings.addAll(spectralFindings(Files.readString(spectralReport)));
      findings.addAll(redoclyFindings(Files.readString(redoclyReport)));
      return new Report(List.copyOf(findings));
    } catch (IOException e) {
      throw new UncheckedIOException("could not run the OpenAPI linters", e);
    }
  }

  private static List<Finding> spectralFindings(String output) throws IOException {
    List<Finding> findings = new ArrayList<>();
    JsonNode results = JSON.readTree(jsonPart(output, '['));
    for (JsonNode result : results) {
      int severity = result.path("severity").asInt();
      if (severity > 1) {
        continue; // information and hints
      }
      List<String> path = new ArrayList<>();
      result.path("path").forEach(segment -> path.add(segment.asText()));
      findings.add(
          new Finding(
              "spectral",
              result.path("code").asText(),
              severity == 0,
              String.join(".", path),
              result.path("message").asText()));
    }
    return findings;
  }

  private static List<Finding> redoclyFindings(String output) throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (JsonNode problem : JSON.readTree(jsonPart(output, '{')).path("problems")) {
      String severity = problem.path("severity").asText();
      if (!"error".equals(severity) && !"warn".equals(severity)) {
        continue;
      }
      findings.add(
          new Finding(
              "redocly",
              problem.path("ruleId").asText(),
              "error".equals(severity),
              problem.path("location").path(0).path("pointer").asText(),
              problem.path("message").asText()));
    }
    return findings;
  }

  /** The JSON a tool printed, without any line it printed before (a notice, a banner). */
  private static String jsonPart(String output, char opening) {
    int start = output.indexOf(opening);
    if (start < 0) {
      throw new IllegalStateException("the linter printed no report: " + output);
    }
    return output.substring(start);
  }

  private static Process start(Path project, Path output, String... command) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectOutput(output.toFile())
            .redirectError(output.resolveSibling(output.getFileName() + ".err").toFile());
    Map<String, String> environment = builder.environment();
    environment.put("REDOCLY_TELEMETRY", "off");
    environment.put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    environment.put("NO_UPDATE_NOTIFIER", "1");
    return builder.start();
  }

  private static void await(Process process, String tool, Path output) throws IOException {
    try {
      if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(tool + " did not finish in " + RUN_TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while " + tool + " ran", e);
    }
    // Both exit with 1 when they report an error; only a missing report is a failure to run.
    if (Files.size(output) == 0) {
      throw new IllegalStateException(
          tool
              + " exited with "
              + process.exitValue()
              + " and no report: "
              + Files.readString(output.resolveSibling(output.getFileName() + ".err")));
    }
  }

  /**
   * The linters' folder, with {@code npm ci} run first when its {@code node_modules} is missing or
   * was installed from another lock file. Several test JVMs may ask at once: one installs.
   */
  static synchronized Path installed() {
    Path project = project();
    try (FileChannel channel =
            FileChannel.open(
                project.resolve(".install.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      Path marker = project.resolve("node_modules/.passerelle-lock-sha256");
      String wanted = sha256(Files.readAllBytes(project.resolve("package-lock.json")));
      if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
        return project;
      }
      Path log = Files.createTempFile("npm-ci", ".log");
      Process npm =
          new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
              .directory(project.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!npm.waitFor(INSTALL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        npm.destroyForcibly();
        throw new IllegalStateException("npm ci did not finish in " + INSTALL_TIMEOUT_SECONDS);
      }
      if (npm.exitValue() != 0) {
        throw new IllegalStateException(
            "npm ci failed in " + project + ":\n" + Files.readString(log));
      }
      Files.delete(log);
      Files.writeString(marker, wanted, StandardCharsets.UTF_8);
      return project;
    } catch (IOException e) {
      throw new UncheckedIOException("could not install the OpenAPI linters in " + project, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while installing the OpenAPI linters", e);
    }
  }

  /**
   * {@code platform/testing/openapi-lint} of this checkout, found from the module the tests run in
   * (Surefire's working directory), or where {@code passerelle.openapi-lint.dir} says.
   */
  private static Path project() {
    String configured = System.getProperty("passerelle.openapi-lint.dir");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(PROJECT);
      if (Files.isRegularFile(candidate.resolve("package-lock.json"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no "
            + PROJECT
            + " above "
            + Path.of("").toAbsolutePath()
            + ": run the tests in a checkout");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
