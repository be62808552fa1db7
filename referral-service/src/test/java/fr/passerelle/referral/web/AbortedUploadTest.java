package fr.passerelle.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client that gives up during its upload is no server error: the platform says so in a line. */
@QuarkusTest
class AbortedUploadTest {

  @TestHTTPResource("/")
  URL server;

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureEveryLogLine() {
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void a_chunked_upload_aborted_halfway_is_one_info_line_without_stack_trace() throws IOException {
    // Whether the service had begun reading the body when the connection closed depends on timing
    // (a request still queued is dropped silently): abort again until one is caught mid-body.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              abortAChunkedBulkSubmissionHalfway();
              return records.stream().anyMatch(AbortedUploadTest::saysTheClientClosed);
            });
    assertThat(records)
        .filteredOn(AbortedUploadTest::saysTheClientClosed)
        .allSatisfy(
            line -> {
              assertThat(line.getLevel()).isEqualTo(org.jboss.logmanager.Level.INFO);
              assertThat(line.getThrown()).isNull();
            });
    assertThat(records)
        .noneMatch(line -> line.getLevel().intValue() >= Level.WARNING.intValue())
        .noneMatch(line -> line.getThrown() != null);
  }

  private static boolean saysTheClientClosed(LogRecord line) {
    return String.valueOf(line.getMessage()).contains("closed the connection");
  }

  /** Declares a chunk twice as long as what it sends, then closes: the body is being read. */
  private void abortAChunkedBulkSubmissionHalfway() throws IOException {
    String token = TestTokens.client("pe-information-system").roles(Roles.PE_SYSTEM).issue();
    byte[] half =
        ("{\"referrals\":[" + "{\"externalRef\":\"PE-1\"},".repeat(20_000))
            .getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/referrals/bulk HTTP/1.1\r\n"
                  + "Host: 127.0.0.1\r\n"
                  + "Authorization: Bearer "
                  + token
                  + "\r\n"
                  + "Content-Type: application/json\r\n"
                  + "Transfer-Encoding: chunked\r\n\r\n"
                  + Integer.toHexString(half.length * 2)
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(half);
      out.flush();
    }
  }
}
