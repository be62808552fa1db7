package fr.passerelle.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./passerelle status} and {@code restart} as another terminal sends them, through the
 * launcher's real control socket, to a stack that is not started (no process is started here).
 */
class ControlSocketTest {

  @TempDir Path directory;

  private final ByteArrayOutputStream answer = new ByteArrayOutputStream();
  private Stack stack;
  private ControlSocket socket;
  private Path path;

  @BeforeEach
  void listen() throws IOException {
    Path root = Path.of("../..").toAbsolutePath().normalize();
    stack =
        new Stack(
            new Stack.Config(
                root,
                directory,
                Ports.free(),
                false,
                new PrintStream(OutputStream.nullOutputStream())));
    path = directory.resolve("launcher.sock");
    socket = ControlSocket.open(path, new LauncherCommands(stack));
  }

  @AfterEach
  void close() {
    socket.close();
  }

  @Test
  void statusListsEveryComponentWithItsPidHealthAndAddress() throws IOException {
    int code = send("status");

    assertThat(code).isEqualTo(LauncherCommands.NOT_ALL_UP);
    List<String> lines = answer().lines().toList();
    assertThat(lines.get(0)).isEqualTo("component    pid      health     address");
    assertThat(lines.get(1))
        .isEqualTo(
            String.format(
                "launcher     %-8d starting   data %s", ProcessHandle.current().pid(), directory));
    Ports ports = stack.config().ports();
    assertThat(lines.subList(2, lines.size()))
        .containsExactly(
            "postgresql   -        stopped    127.0.0.1:" + ports.postgres(),
            "kafka        -        stopped    127.0.0.1:" + ports.kafka(),
            "keycloak     -        stopped    http://127.0.0.1:" + ports.keycloak(),
            "directory    -        stopped    http://127.0.0.1:" + ports.directory(),
            "referral     -        stopped    http://127.0.0.1:" + ports.referral(),
            "prospection  -        stopped    http://127.0.0.1:" + ports.prospection(),
            "reporting    -        stopped    http://127.0.0.1:" + ports.reporting(),
            "webhook      -        stopped    http://127.0.0.1:" + ports.webhook(),
            "gateway      -        stopped    http://127.0.0.1:" + ports.gateway());
  }

  @Test
  void restartNamesTheComponentsWhenOneIsUnknownOrMissing() throws IOException {
    assertThat(send("restart", "postgres")).isEqualTo(LauncherCommands.USAGE);
    assertThat(answer())
        .isEqualTo(
            "no component postgres; one of: postgresql, kafka, keycloak, directory, referral,"
                + " prospection, reporting, webhook, gateway\n");

    answer.reset();
    assertThat(send("restart")).isEqualTo(LauncherCommands.USAGE);
    assertThat(answer())
        .contains(
            "components: postgresql, kafka, keycloak, directory, referral, prospection, reporting,"
                + " webhook, gateway");
  }

  @Test
  void restartWaitsForTheStackToBeReady() throws IOException {
    assertThat(send("restart", "directory")).isEqualTo(LauncherCommands.NOT_ALL_UP);

    assertThat(answer()).contains("directory did not start again: Passerelle is still starting");
  }

  @Test
  void onlyItsOwnerMayTalkToTheLauncher() throws IOException {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
        .isEqualTo("rw-------");
  }

  @Test
  void noLauncherListeningIsAnError() {
    socket.close();

    assertThat(path).doesNotExist();
    assertThatThrownBy(() -> send("status")).isInstanceOf(IOException.class);
  }

  private int send(String... command) throws IOException {
    return ControlSocket.send(
        path, List.of(command), new PrintStream(answer, true, StandardCharsets.UTF_8));
  }

  private String answer() {
    return answer.toString(StandardCharsets.UTF_8);
  }
}
