package fr.passerelle.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code start} (default), {@code stop}, {@code status}, {@code restart <component>}, {@code
 * reset}: the local stack from the command line.
 */
public final class Main {

  private Main() {}

  static final String USAGE =
      "usage: passerelle [start | stop | status | restart <component> | reset]";

  /** {@code ./passerelle status} when no launcher runs (as LSB init scripts say it). */
  static final int NOT_RUNNING = 3;

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("passerelle.root", ".")).toAbsolutePath().normalize();
    Stack.Config config = Stack.Config.local(root);
    List<String> command = args.length == 0 ? List.of("start") : List.of(args);
    switch (command.get(0)) {
      case "start" -> start(config);
      case "stop" -> stop(config);
      case "status", "restart" -> System.exit(control(config, command));
      case "reset" -> reset(config);
      default -> {
        System.err.println(USAGE);
        System.exit(2);
      }
    }
  }

  /** Asks the running launcher, through its control socket. */
  private static int control(Stack.Config config, List<String> command) {
    if (running(config).isEmpty()) {
      System.out.println("Passerelle is not running.");
      return NOT_RUNNING;
    }
    try {
      return ControlSocket.send(ControlSocket.path(config), command, System.out);
    } catch (IOException e) {
      System.err.println(
          "The launcher (PID "
              + running(config).map(ProcessHandle::pid).orElse(0L)
              + ") does not answer on "
              + ControlSocket.path(config)
              + ": "
              + e.getMessage());
      return NOT_RUNNING;
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
    ControlSocket control = openControl(config, stack);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Passerelle...");
                  if (control != null) {
                    control.close();
                  }
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

  /** {@code status} and {@code restart} from other terminals; the stack runs without them. */
  private static ControlSocket openControl(Stack.Config config, Stack stack) {
    try {
      return ControlSocket.open(ControlSocket.path(config), new LauncherCommands(stack));
    } catch (IOException | UnsupportedOperationException e) {
      System.err.println(
          "./passerelle status and restart will not work: no control socket at "
              + ControlSocket.path(config)
              + " ("
              + e.getMessage()
              + ")");
      return null;
    }
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
