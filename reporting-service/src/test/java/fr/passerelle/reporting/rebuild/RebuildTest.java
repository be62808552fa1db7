package fr.passerelle.reporting.rebuild;

import static fr.passerelle.platform.testing.Callers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.reporting.support.Paths;
import fr.passerelle.reporting.support.Published;
import fr.passerelle.reporting.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A rebuild reads every topic from its start into a new generation while the current one serves,
 * then switches: the numbers are those of live consumption, events published meanwhile included,
 * each counted once.
 */
@QuarkusTest
class RebuildTest {

  private static List<Map<String, Object>> tables(UUID site) {
    return List.of("funnel", "rates", "company", "refusals").stream()
        .map(
            family ->
                admin()
                    .get(
                        "/api/v1/indicators/%s?territory=site:%s&from=2026-01-01&to=2026-04-30&groupBy=month"
                            .formatted(family, site))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .<String, Object>getMap(""))
        .toList();
  }

  private static int generation() {
    return admin().get("/api/v1/indicators/freshness").then().extract().path("generation");
  }

  @Test
  void
      the_rebuild_gives_the_numbers_of_live_consumption_and_counts_events_published_meanwhile_once() {
    Published published = new Published();
    UUID site = Territories.site(published, "04", "93");
    Paths paths = new Paths(published, site, Territories.agency(published, "04", "93"));
    for (int i = 1; i <= 6; i++) {
      UUID referral = paths.submitted("2026-0%d-0%dT09:30".formatted(1 + i % 3, i));
      paths.moved(referral, "INVITE", "INVITED", "2026-0%d-1%dT09:30".formatted(1 + i % 3, i));
      if (i % 2 == 0) {
        paths.moved(
            referral,
            "DECLINE",
            "DECLINED",
            "2026-0%d-2%dT09:30".formatted(1 + i % 3, i),
            "UNREACHABLE",
            null,
            null);
      }
    }
    published.awaitApplied();
    List<Map<String, Object>> live = tables(site);
    int before = generation();

    String location =
        admin()
            .post("/api/v1/indicators/rebuilds")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    paths.submitted("2026-05-05T09:30");
    JsonPath done =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    admin()
                        .get(URI.create(location).getPath())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath(),
                rebuild -> !"RUNNING".equals(rebuild.getString("status")));
    published.awaitApplied();

    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getLong("eventsDone"))
        .isPositive()
        .isGreaterThanOrEqualTo(done.getLong("eventsTotal") - 1);
    assertThat(done.getDouble("eventsPerSecond")).isPositive();
    assertThat(generation()).isEqualTo(before + 1);
    List<Map<String, Object>> rebuilt = tables(site);
    assertThat(rebuilt).isEqualTo(live);
    JsonPath funnel =
        admin()
            .get("/api/v1/indicators/funnel?territory=site:%s&month=2026-05".formatted(site))
            .then()
            .extract()
            .jsonPath();
    assertThat(funnel.getString("rows[0].values.find { it.name == 'submitted' }.shown"))
        .isEqualTo("1");
  }

  @Test
  void only_an_admin_starts_or_follows_a_rebuild() {
    fr.passerelle.platform.testing.Callers.withRole("steering")
        .post("/api/v1/indicators/rebuilds")
        .then()
        .statusCode(403);
    fr.passerelle.platform.testing.Callers.withRole("steering")
        .get("/api/v1/indicators/rebuilds/" + UUID.randomUUID())
        .then()
        .statusCode(403);
    admin().get("/api/v1/indicators/rebuilds/" + UUID.randomUUID()).then().statusCode(404);
  }
}
