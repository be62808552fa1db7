package fr.passerelle.system;

import fr.passerelle.local.Ports;
import fr.passerelle.local.Stack;
import fr.passerelle.local.Tokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The stack the system tests drive, started once per test JVM through the local-stack launcher: on
 * free ports, with its data under target/, demo data loaded. Stopped when the JVM ends.
 */
final class SystemStack {

  /**
   * The stack prints its own progress; the libraries it drives only warn. Held here: a logger's
   * level lasts as long as the logger.
   */
  private static final List<Logger> QUIET =
      List.of(quiet("org.apache.kafka", Level.SEVERE), quiet("io.zonky", Level.WARNING));

  private static Stack stack;
  private static IllegalStateException failure;

  private SystemStack() {}

  static synchronized Stack get() {
    if (failure != null) {
      throw failure;
    }
    if (stack == null) {
      Path root = Path.of("..").toAbsolutePath().normalize();
      Path data = Path.of("target/stack").toAbsolutePath();
      wipe(data);
      Stack started = new Stack(new Stack.Config(root, data, Ports.free(), true, System.out));
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "system-stack-shutdown"));
      try {
        started.start();
      } catch (Exception e) {
        started.stop();
        failure = new IllegalStateException("the stack did not start: " + e.getMessage(), e);
        throw failure;
      }
      System.out.println("Stack memory: " + started.totalRssMb() + " MB resident in all");
      stack = started;
    }
    return stack;
  }

  private static Logger quiet(String category, Level level) {
    Logger logger = Logger.getLogger(category);
    logger.setLevel(level);
    return logger;
  }

  /** Each run starts from empty data, so that every scenario sees the same demo directory. */
  private static void wipe(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not wipe " + directory, e);
    }
  }

  static Tokens tokens() {
    return get().tokens();
  }

  /** A request to the gateway with this bearer token. */
  static RequestSpecification as(String token) {
    return gateway().auth().oauth2(token);
  }

  static RequestSpecification gateway() {
    return RestAssured.given().baseUri(get().gatewayUrl()).contentType("application/json");
  }

  static String user(String username) {
    try {
      return tokens().user(username);
    } catch (Exception e) {
      throw new IllegalStateException("no token for " + username, e);
    }
  }

  static String client(String clientId, String secret) {
    try {
      return tokens().client(clientId, secret);
    } catch (Exception e) {
      throw new IllegalStateException("no token for " + clientId, e);
    }
  }
}
