package fr.passerelle.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Consumer;

/**
 * How {@code ./passerelle status} and {@code ./passerelle restart <component>}, run from another
 * terminal, reach the running launcher: a Unix socket in the stack's folder, readable by its owner
 * only (no port to choose, nothing on the network). One command line in; lines out, the last one
 * {@code exit <code>}.
 */
final class ControlSocket implements AutoCloseable {

  static final String EXIT = "exit ";

  /** What a command answers: its lines, then its exit code. */
  @FunctionalInterface
  interface Commands {
    int run(List<String> command, Consumer<String> reply);
  }

  private final Path path;
  private final ServerSocketChannel server;

  private ControlSocket(Path path, ServerSocketChannel server) {
    this.path = path;
    this.server = server;
  }

  static Path path(Stack.Config config) {
    return config.directory().resolve("launcher.sock");
  }

  /** Listens on the socket; each connection is served on a thread of its own. */
  static ControlSocket open(Path path, Commands commands) throws IOException {
    // A socket left by a launcher that was killed: Main checked that none runs.
    Files.deleteIfExists(path);
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(path));
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    ControlSocket socket = new ControlSocket(path, server);
    Thread acceptor = new Thread(() -> socket.accept(commands), "launcher-control");
    acceptor.setDaemon(true);
    acceptor.start();
    return socket;
  }

  private void accept(Commands commands) {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        Thread served = new Thread(() -> serve(client, commands), "launcher-control-client");
        served.setDaemon(true);
        served.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void serve(SocketChannel client, Commands commands) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
        PrintStream out =
            new PrintStream(Channels.newOutputStream(client), true, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      List<String> command = line == null ? List.of() : List.of(line.trim().split("\\s+"));
      int code = commands.run(command, out::println);
      out.println(EXIT + code);
    } catch (IOException | UncheckedIOException gone) {
      // the client went away (Ctrl-C on ./passerelle status): nothing to answer
    }
  }

  /**
   * Sends one command to the launcher listening on {@code path}, copies its lines to {@code out}
   * and returns its exit code.
   *
   * @throws IOException when no launcher listens there
   */
  static int send(Path path, List<String> command, PrintStream out) throws IOException {
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(path));
        PrintStream request =
            new PrintStream(Channels.newOutputStream(channel), true, StandardCharsets.UTF_8);
        BufferedReader answer =
            new BufferedReader(
                new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8))) {
      request.println(String.join(" ", command));
      for (String line = answer.readLine(); line != null; line = answer.readLine()) {
        if (line.startsWith(EXIT)) {
          return Integer.parseInt(line.substring(EXIT.length()));
        }
        out.println(line);
      }
      throw new IOException("the launcher closed the connection without an exit code");
    }
  }

  @Override
  public void close() {
    try {
      server.close();
      Files.deleteIfExists(path);
    } catch (IOException e) {
      System.err.println("could not remove " + path + ": " + e.getMessage());
    }
  }
}
