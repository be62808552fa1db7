package fr.passerelle.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A new user copies the READMEs' commands against the stack that {@code ./passerelle start}
 * started: every loopback address they name is one the stack listens on (its default ports), and
 * the root README shows what the launcher really prints.
 */
class ReadmePortsTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  /** {@code 127.0.0.1:8180}, {@code localhost:8180}, {@code --http-port=8180}. */
  private static final List<Pattern> PORTS =
      List.of(
          Pattern.compile("(?:127\\.0\\.0\\.1|localhost):(\\d{2,5})"),
          Pattern.compile("--[a-z-]*port[= ](\\d{2,5})"));

  /**
   * A configuration table row ({@code | `DB_URL` | default |}) or a property's default ({@code
   * ${REPORTING_URL:http://127.0.0.1:8084}}): what a component uses when run outside the stack.
   */
  private static final Pattern CONFIGURATION_DEFAULT =
      Pattern.compile("^\\|\\s*`[A-Z][A-Z0-9_]*`|\\$\\{[A-Z][A-Z0-9_]*:");

  /** Loopback ports the READMEs may name although the stack does not listen there, and why. */
  private static final Map<Integer, String> NOT_THE_STACK_ANYWHERE =
      Map.of(4317, "an OTLP collector of your own (the stack runs none)");

  private static final Map<String, Map<Integer, String>> NOT_THE_STACK_IN =
      Map.of(
          "gateway/README.md",
          Map.of(18180, "the gateway benchmark's own token issuer (BenchServers)"));

  private static final Pattern PORT_VARIABLE = Pattern.compile("PASSERELLE_([A-Z_]+)_PORT\\b");

  @Test
  void everyLoopbackAddressInTheReadmesIsOneOfTheStack() throws IOException {
    Collection<Integer> stackPorts = Ports.defaults().byName().values();
    List<String> wrong = new ArrayList<>();
    for (Path readme : readmes()) {
      String name = ROOT.relativize(readme).toString();
      List<String> lines = Files.readAllLines(readme);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        for (Pattern pattern : PORTS) {
          Matcher port = pattern.matcher(line);
          while (port.find()) {
            int number = Integer.parseInt(port.group(1));
            boolean allowed =
                stackPorts.contains(number)
                    || CONFIGURATION_DEFAULT.matcher(line).find()
                    || NOT_THE_STACK_ANYWHERE.containsKey(number)
                    || NOT_THE_STACK_IN.getOrDefault(name, Map.of()).containsKey(number);
            if (!allowed) {
              wrong.add(name + ":" + (i + 1) + ": " + port.group() + " is no port of the stack");
            }
          }
        }
      }
    }
    assertThat(wrong)
        .as("the stack listens on %s (deploy/local Ports.defaults())", Ports.defaults().byName())
        .isEmpty();
  }

  @Test
  void everyPortVariableTheReadmesNameIsOneTheLauncherReads() throws IOException {
    Set<String> known = Ports.defaults().byName().keySet();
    List<String> unknown = new ArrayList<>();
    for (Path readme : readmes()) {
      List<String> lines = Files.readAllLines(readme);
      for (int i = 0; i < lines.size(); i++) {
        Matcher variable = PORT_VARIABLE.matcher(lines.get(i));
        while (variable.find()) {
          if (!known.contains(variable.group(1))) {
            unknown.add(ROOT.relativize(readme) + ":" + (i + 1) + ": " + variable.group());
          }
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void theRootReadmeShowsWhatTheLauncherPrints() throws IOException {
    Stack stack =
        new Stack(
            new Stack.Config(
                ROOT,
                ROOT.resolve(".local"),
                Ports.defaults(),
                true,
                new PrintStream(OutputStream.nullOutputStream())));
    List<String> printed = withoutMachineSpecifics(Welcome.lines(stack));
    List<String> readme = withoutMachineSpecifics(Files.readAllLines(ROOT.resolve("README.md")));

    assertThat(Collections.indexOfSubList(readme, printed))
        .as(
            "README.md shows the welcome of ./passerelle start, as printed:%n%s",
            String.join("\n", printed))
        .isNotNegative();
  }

  /** Where the logs are and how much memory was used differ from one machine to the next. */
  private static List<String> withoutMachineSpecifics(List<String> lines) {
    return lines.stream()
        .filter(line -> !line.startsWith("  Logs ") && !line.startsWith("  Memory "))
        .toList();
  }

  /** Every README of the repository but build output, local data and third-party material. */
  private static List<Path> readmes() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      List<Path> readmes =
          files
              .filter(path -> path.getFileName().toString().equals("README.md"))
              .filter(ReadmePortsTest::ours)
              .sorted()
              .toList();
      assertThat(readmes).contains(ROOT.resolve("deploy/keycloak/README.md"));
      return readmes;
    }
  }

  private static boolean ours(Path readme) {
    for (Path part : ROOT.relativize(readme)) {
      String name = part.toString();
      if (name.startsWith(".")
          || name.equals("target")
          || name.equals("node_modules")
          || name.equals("resources")) {
        return false;
      }
    }
    return true;
  }
}
