package fr.passerelle.directory.importing;

import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.site.Site;
import fr.passerelle.directory.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteImportTest {

  static final String HEADER =
      "site_code,school_siret,school_name,site_name,street,commune_code,postal_code,latitude,"
          + "longitude,phone,email,opening_hours,accessibility,yearly_capacity,sectors,status\n";

  @Test
  void creates_updates_and_rejects_rows_with_their_reasons() {
    String siret = Fixtures.freshSiret();
    String a = Fixtures.unique("imp-a");
    String b = Fixtures.unique("imp-b");
    String csv =
        HEADER
            + row(a, siret, "75056", "75001", "+33140000000", "Mo-Fr 09:00-17:00", "ACTIVE")
            + row(b, siret, "69123", "69001", "", "", "SUSPENDED")
            + row(Fixtures.unique("bad"), siret, "75056", "99999", "0140", "whenever", "ACTIVE")
            + row(Fixtures.unique("bad"), "12345678901234", "75056", "75001", "", "", "OPEN")
            + row(a, siret, "75056", "75001", "", "", "ACTIVE");

    JsonPath job = runToEnd(csv, "text/csv");

    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getInt("totalRows")).isEqualTo(5);
    assertThat(job.getInt("created")).isEqualTo(2);
    assertThat(job.getInt("updated")).isEqualTo(1);
    assertThat(job.getInt("rejected")).isEqualTo(2);
    JsonPath rows =
        directoryAdmin()
            .get("/api/v1/imports/" + job.getString("id") + "/rows?outcome=REJECTED")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rows.getList("items.row", Integer.class)).containsExactly(4, 5);
    assertThat(rows.getList("items[0].reasons", String.class))
        .anyMatch(r -> r.startsWith("postalCode"))
        .anyMatch(r -> r.startsWith("phone"))
        .anyMatch(r -> r.startsWith("openingHours"));
    assertThat(rows.getList("items[1].reasons", String.class))
        .anyMatch(r -> r.startsWith("school_siret"))
        .anyMatch(r -> r.startsWith("status"));
    directoryAdmin()
        .queryParam("limit", 100)
        .get("/api/v1/sites?department=69")
        .then()
        .body("items.find { it.code == '" + b + "' }.status", equalTo("SUSPENDED"));
  }

  @Test
  void a_file_that_breaks_off_imports_nothing() {
    String siret = Fixtures.freshSiret();
    String first = Fixtures.unique("never");
    String csv =
        HEADER
            + row(first, siret, "75056", "75001", "", "", "ACTIVE")
            + row(Fixtures.unique("never"), siret, "75056", "75001", "", "", "ACTIVE")
            + "\"unterminated,quote,75056\n";

    JsonPath job = runToEnd(csv, "text/csv");

    assertThat(job.getString("status")).isEqualTo("FAILED");
    assertThat(job.getString("failure")).contains("breaks off");
    assertThat(job.getInt("created")).isZero();
    assertThat(
            directoryAdmin()
                .queryParam("limit", 100)
                .get("/api/v1/sites?department=75")
                .then()
                .extract()
                .jsonPath()
                .getList("items.code", String.class))
        .doesNotContain(first);
  }

  @Test
  void a_file_without_a_required_column_is_refused_whole() {
    JsonPath job = runToEnd("site_code,site_name\nx,y\n", "text/csv");

    assertThat(job.getString("status")).isEqualTo("FAILED");
    assertThat(job.getString("failure")).contains("missing column").contains("school_siret");
  }

  @Test
  void imports_data_inclusion_structures_of_the_e2c_network_only() {
    String siret = Fixtures.freshSiret();
    String e2c = "passerelle--" + Fixtures.unique("di");
    String other = "dora--" + Fixtures.unique("di");
    String json =
        "["
            + structure(e2c, siret, "[\"ecoles-de-la-deuxieme-chance\"]")
            + ","
            + structure(other, siret, "[\"france-travail\"]")
            + "]";

    JsonPath job = runToEnd(json, "application/json");

    assertThat(job.getInt("created")).isEqualTo(1);
    assertThat(job.getInt("rejected")).isEqualTo(1);
    assertThat(
            directoryAdmin()
                .get("/api/v1/imports/" + job.getString("id") + "/rows?outcome=REJECTED")
                .then()
                .extract()
                .jsonPath()
                .getList("items[0].reasons", String.class))
        .anyMatch(r -> r.contains("reseaux_porteurs"));
  }

  @Test
  void only_directory_admins_import() {
    e2cStaff(UUID.randomUUID())
        .contentType("text/csv")
        .body(HEADER)
        .post("/api/v1/imports")
        .then()
        .statusCode(403);
  }

  @Test
  void each_applied_row_publishes_its_event_in_the_order_of_the_rows() {
    String siret = Fixtures.freshSiret();
    String a = Fixtures.unique("imp-a");
    String b = Fixtures.unique("imp-b");
    String csv =
        HEADER
            + row(a, siret, "75056", "75001", "", "", "ACTIVE")
            + row(b, siret, "69123", "69001", "", "", "ACTIVE")
            + row(a, siret, "75056", "75001", "", "", "CLOSED")
            + row(Fixtures.unique("bad"), siret, "75056", "99999", "", "", "ACTIVE")
            + row(a, siret, "75056", "75001", "", "", "ACTIVE")
            + row(b, siret, "69123", "69001", "", "", "SUSPENDED");

    JsonPath job = runToEnd(csv, "text/csv");

    assertThat(job.getInt("created")).isEqualTo(2);
    assertThat(job.getInt("updated")).isEqualTo(3);
    assertThat(job.getInt("rejected")).isEqualTo(1);
    assertThat(eventsOfSite(a))
        .containsExactly(
            DirectoryEvents.SITE_CREATED.type(),
            DirectoryEvents.SITE_CLOSED.type(),
            DirectoryEvents.SITE_UPDATED.type());
    assertThat(eventsOfSite(b))
        .containsExactly(DirectoryEvents.SITE_CREATED.type(), DirectoryEvents.SITE_UPDATED.type());
  }

  @Test
  void a_code_seen_again_in_a_later_chunk_of_rows_updates_its_site() {
    String siret = Fixtures.freshSiret();
    String again = Fixtures.unique("imp-again");
    StringBuilder csv =
        new StringBuilder(HEADER).append(row(again, siret, "59350", "59000", "", "", "ACTIVE"));
    for (int i = 0; i < 600; i++) {
      csv.append(row(Fixtures.unique("imp-filler"), siret, "59350", "59000", "", "", "ACTIVE"));
    }
    csv.append(row(again, siret, "59350", "59000", "", "", "SUSPENDED"));

    JsonPath job = runToEnd(csv.toString(), "text/csv");

    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getInt("created")).isEqualTo(601);
    assertThat(job.getInt("updated")).isEqualTo(1);
    assertThat(
            directoryAdmin()
                .get("/api/v1/imports/" + job.getString("id") + "/rows?outcome=UPDATED")
                .then()
                .extract()
                .jsonPath()
                .getList("items.row", Integer.class))
        .containsExactly(603);
    assertThat(eventsOfSite(again))
        .containsExactly(DirectoryEvents.SITE_CREATED.type(), DirectoryEvents.SITE_UPDATED.type());
  }

  /** The types of the events the outbox holds about the site with this code, in their order. */
  private static List<String> eventsOfSite(String code) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              @SuppressWarnings("unchecked")
              List<String> types =
                  Site.getEntityManager()
                      .createNativeQuery(
                          "SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY seq")
                      .setParameter(1, Site.byCode(code).id.toString())
                      .getResultList();
              return types;
            });
  }

  private static JsonPath runToEnd(String body, String contentType) {
    String location =
        directoryAdmin()
            .contentType(contentType)
            .body(body)
            .post("/api/v1/imports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    String path = java.net.URI.create(location).getPath();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !"RUNNING".equals(directoryAdmin().get(path).then().extract().path("status")));
    return directoryAdmin().get(path).then().statusCode(200).extract().jsonPath();
  }

  static String row(
      String code,
      String siret,
      String commune,
      String postalCode,
      String phone,
      String hours,
      String status) {
    return String.join(
            ",",
            List.of(
                code,
                siret,
                "Imported school",
                "Imported site " + code,
                "3 place de la Mairie",
                commune,
                postalCode,
                "",
                "",
                phone,
                "",
                hours,
                "",
                "120",
                "logistique;commerce",
                status))
        + "\n";
  }

  private static String structure(String id, String siret, String networks) {
    return """
        {"source": "passerelle", "id": "%s", "nom": "E2C imported from data inclusion",
         "date_maj": "2026-01-15", "siret": "%s", "commune": "Lyon", "adresse": "1 quai Test",
         "code_postal": "69001", "code_insee": "69123", "latitude": 45.76, "longitude": 4.83,
         "telephone": "+33472000000", "courriel": "contact@e2c-lyon.example.org",
         "horaires_accueil": "Mo-Fr 09:00-17:00", "reseaux_porteurs": %s}
        """
        .formatted(id, siret, networks);
  }

  @Test
  void an_import_whose_service_stopped_is_reported_failed_not_running_forever() {
    Instant now = Instant.now();
    UUID alive = runningSince(now.minus(Duration.ofSeconds(10)));
    UUID dead = runningSince(now.minus(Duration.ofMinutes(6)));

    directoryAdmin()
        .get("/api/v1/imports/" + alive)
        .then()
        .statusCode(200)
        .body("status", equalTo("RUNNING"));
    directoryAdmin()
        .get("/api/v1/imports/" + dead)
        .then()
        .statusCode(200)
        .body("status", equalTo("FAILED"))
        .body("failure", containsString("interrupted"));
  }

  /** A job as a service that died left it: running, its last chunk committed at this time. */
  private static UUID runningSince(Instant heartbeat) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ImportJob job =
                  ImportJob.start(ImportJob.Format.CSV, "admin-of-a-dead-replica", heartbeat);
              job.persist();
              return job.id;
            });
  }
}
