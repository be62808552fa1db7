package fr.passerelle.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** {@code start} (default), {@code stop}, {@code reset}: the local stack from the command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("passerelle.root", ".")).toAbsolutePath().normalize();
    Stack.Config config = Stack.Config.local(root);
    String command = args.length == 0 ? "start" : args[0];
    switch (command) {
      case "start" -> start(config);
      case "stop" -> stop(config);
      case "reset" -> reset(config);
      default -> {
        System.err.println("usage: passerelle [start|stop|reset]");
        System.exit(2);
      }
    }
  }

  private static void start(Stack.Config config) throws Exception {
    Optional<ProcessHandle> running = running(config);
    if (running.isPresent()) {
      fail("Passerelle already runs (launcher PID " + running.get().pid() + "): ./passerelle stop");
    }
    try {
      config.ports().requireFree();
    } catch (IllegalStateException busy) {
      fail(busy.getMessage());
    }
    Files.createDirectories(config.directory());
    Files.writeString(pidFile(config), String.valueOf(ProcessHandle.current().pid()));
    Stack stack = new Stack(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Passerelle...");
                  stack.stop();
                  deleteQuietly(pidFile(config));
                  stopped.countDown();
                },
                "stack-shutdown"));
    try {
      stack.start();
    } catch (Exception e) {
      System.err.println("Passerelle did not start: " + e.getMessage());
      System.exit(1);
    }
    Welcome.print(stack);
    stopped.await();
  }

  private static void stop(Stack.Config config) throws InterruptedException {
    Optional<ProcessHandle> running = running(config);
    if (running.isEmpty()) {
      System.out.println("Passerelle is not running.");
      return;
    }
    running.get().destroy();
    running.get().onExit().join();
    System.out.println("Passerelle stopped.");
  }

  private static void reset(Stack.Config config) throws IOException {
    if (running(config).isPresent()) {
      fail("Passerelle runs: ./passerelle stop first");
    }
    if (Files.exists(config.directory())) {
      try (Stream<Path> paths = Files.walk(config.directory())) {
        paths.sorted(Comparator.reverseOrder()).forEach(Main::deleteQuietly);
      }
    }
    System.out.println("Local data wiped: " + config.directory());
  }

  private static Optional<ProcessHandle> running(Stack.Config config) {
    try {
      long pid = Long.parseLong(Files.readString(pidFile(config)).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Path pidFile(Stack.Config config) {
    return config.directory().resolve("stack.pid");
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      System.err.println("could not delete " + path + ": " + e.getMessage());
    }
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
  }
}
