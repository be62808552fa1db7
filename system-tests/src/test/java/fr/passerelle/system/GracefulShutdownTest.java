package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What a rolling update does to a service: SIGTERM while requests keep coming through the gateway.
 * Every request the service acknowledged (201) is kept; those it could no longer take are refused
 * with a problem (the gateway's 503 while it is down), never failed with a 500 or half-done.
 */
class GracefulShutdownTest {

  private static final int CLIENTS = 4;

  record Answer(int status, String id, String contentType) {}

  @Test
  void a_sigterm_under_load_loses_no_acknowledged_request() throws Exception {
    String admin = DirectoryData.admin();
    ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    AtomicBoolean loading = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> load = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        load.add(clients.submit(() -> createSchools(admin, loading, answers)));
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged(answers) >= 20);
      int beforeStop = acknowledged(answers);

      SystemStack.get().directory().stop(); // SIGTERM, then waits for the process to end
      SystemStack.get().directory().start();
      await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged(answers) >= beforeStop + 20);
      loading.set(false);
      for (Future<?> client : load) {
        client.get();
      }
    } finally {
      loading.set(false);
      clients.shutdownNow();
    }

    // Read back by another person: the load used up the directory admin's rate limit.
    String reader = SystemStack.user("admin");
    List<Answer> kept = answers.stream().filter(a -> a.status() == 201).toList();
    for (Answer answer : kept) {
      as(reader).get("/api/v1/schools/" + answer.id()).then().statusCode(200);
    }
    assertThat(answers)
        .filteredOn(a -> a.status() != 201)
        .allSatisfy(
            a -> {
              // 503 while the service is down; 429 when the clients outrun the person's limit.
              assertThat(a.status()).as("refused, not failed").isIn(429, 502, 503, 504);
              assertThat(a.contentType()).startsWith("application/problem+json");
            });
  }

  private static void createSchools(
      String token, AtomicBoolean loading, ConcurrentLinkedQueue<Answer> answers) {
    while (loading.get()) {
      Response response =
          as(token).body(DirectoryData.schoolBody("E2C shutdown test")).post("/api/v1/schools");
      answers.add(
          new Answer(
              response.statusCode(),
              response.statusCode() == 201 ? response.path("id") : null,
              response.contentType()));
    }
  }

  private static int acknowledged(ConcurrentLinkedQueue<Answer> answers) {
    return (int) answers.stream().filter(a -> a.status() == 201).count();
  }
}
