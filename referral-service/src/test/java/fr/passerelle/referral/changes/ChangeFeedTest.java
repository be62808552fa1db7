package fr.passerelle.referral.changes;

import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

  @Test
  void a_reader_following_concurrent_writers_gets_every_change_once_in_order() throws Exception {
    String client = "feed-client-" + UUID.randomUUID();
    UUID site = Sites.active();
    int referrals = 200;
    ExecutorService writers = Executors.newFixedThreadPool(6);
    List<Future<?>> writes = new ArrayList<>();
    for (int i = 0; i < referrals; i++) {
      writes.add(writers.submit(() -> writeFiveChanges(client, site)));
    }
    AtomicBoolean writing = new AtomicBoolean(true);
    Future<List<Map<String, Object>>> reading =
        Executors.newSingleThreadExecutor().submit(() -> follow(client, writing));
    for (Future<?> write : writes) {
      write.get();
    }
    writing.set(false);
    writers.shutdown();

    List<Map<String, Object>> read = reading.get();
    assertThat(read).hasSize(referrals * 5);
    assertThat(read.stream().map(c -> c.get("position")).distinct()).hasSize(referrals * 5);
    Map<Object, List<Object>> kindsPerReferral = new java.util.HashMap<>();
    for (Map<String, Object> change : read) {
      kindsPerReferral
          .computeIfAbsent(change.get("referralId"), k -> new ArrayList<>())
          .add(change.get("change"));
    }
    assertThat(kindsPerReferral).hasSize(referrals);
    assertThat(kindsPerReferral.values())
        .allSatisfy(
            kinds ->
                assertThat(kinds)
                    .containsExactly(
                        "SUBMITTED",
                        "STATUS_CHANGED",
                        "MESSAGE_POSTED",
                        "MESSAGE_POSTED",
                        "MESSAGE_POSTED"));
  }

  @Test
  void an_unreadable_cursor_is_a_400() {
    peSystem().get("/api/v1/referrals/changes?after=bm90LWEtY3Vyc29y").then().statusCode(400);
    peSystem().get("/api/v1/referrals/changes?after=WyJ4IiwiMSJd").then().statusCode(400);
  }

  /** Submission, opening and three messages: five changes. */
  private static void writeFiveChanges(String client, UUID site) {
    String id =
        peSystem(client)
            .body(Submissions.eligible(site))
            .post("/api/v1/referrals")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    e2cStaff(site).body(Map.of()).post("/api/v1/referrals/" + id + "/open").then().statusCode(200);
    for (int i = 0; i < 3; i++) {
      e2cStaff(site)
          .body(Map.of("kind", "MESSAGE", "body", "Message " + i))
          .post("/api/v1/referrals/" + id + "/timeline")
          .then()
          .statusCode(201);
    }
  }

  /** Polls the feed like the Pôle emploi system, until the writers are done and it is drained. */
  private static List<Map<String, Object>> follow(String client, AtomicBoolean writing) {
    List<Map<String, Object>> read = new ArrayList<>();
    String cursor = null;
    boolean drained = false;
    while (writing.get() || !drained) {
      boolean finalPass = !writing.get();
      var request = peSystem(client).queryParam("limit", 50);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      JsonPath page =
          request.get("/api/v1/referrals/changes").then().statusCode(200).extract().jsonPath();
      read.addAll(page.getList("changes"));
      cursor = page.getString("nextCursor");
      drained = finalPass && !page.getBoolean("hasMore") && page.getList("changes").isEmpty();
    }
    return read;
  }
}
