package fr.passerelle.prospection.opening;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.platform.testing.Callers.partner;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.geo.CommuneDirectory;
import fr.passerelle.platform.geo.GeoPoint;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import fr.passerelle.prospection.territory.KnownSite;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Openings placed against the E2C sites: the nearest active sites of an opening, and the open
 * openings near a site (for the E2C teams looking for immersions), from the local copy of sites.
 */
@QuarkusTest
class OpeningPlacesTest {

  static final String QUIMPER = "29232";
  static final String BREST = "29019";
  static final String LANDERNEAU = "29103";
  static final String SAINT_BRIEUC = "22278";
  static final String MORLAIX = "29151";

  @Inject CommuneDirectory communes;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private Commune commune(String code) {
    return communes.byInseeCode(code).orElseThrow();
  }

  private UUID siteNorthOf(String communeCode, double degrees) {
    Commune c = commune(communeCode);
    return Territories.siteIn(
        communeCode, c.departmentCode(), c.regionCode(), c.latitude() + degrees, c.longitude());
  }

  private UUID employerIn(String agency, String communeCode, String postalCode, String name) {
    Map<String, Object> body = Employers.body(name, communeCode);
    body.put("postalCode", postalCode);
    return Employers.registered(companyAdvisorOf(agency), body);
  }

  private void close(UUID site) {
    KnownSite known = QuarkusTransaction.requiringNew().call(() -> KnownSite.findById(site));
    KafkaTopics.publish(
        bootstrapServers,
        DirectoryEvents.SITE_CLOSED,
        UUID.randomUUID().toString(),
        site.toString(),
        ("{\"siteId\":\"%s\",\"schoolId\":\"%s\",\"departmentCode\":\"%s\",\"regionCode\":\"%s\","
                + "\"closedAt\":\"2026-01-05T10:00:00Z\"}")
            .formatted(site, UUID.randomUUID(), known.departmentCode, known.regionCode)
            .getBytes(UTF_8));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                !QuarkusTransaction.requiringNew()
                    .call(() -> KnownSite.<KnownSite>findById(site).active));
  }

  @Test
  void the_nearest_active_sites_of_an_opening_come_nearest_first_with_their_distance() {
    String agency = Territories.agencyIn("29", "53");
    UUID near = siteNorthOf(QUIMPER, 0.02);
    UUID middle = siteNorthOf(QUIMPER, 0.1);
    UUID far = siteNorthOf(QUIMPER, 0.3);
    UUID closed = siteNorthOf(QUIMPER, 0.01);
    close(closed);
    UUID employer = employerIn(agency, QUIMPER, "29000", "Crêperie Fictive de Quimper");
    UUID opening = Openings.published(companyAdvisorOf(agency), employer, Openings.body(QUIMPER));

    JsonPath nearest =
        companyOfficerOf(near)
            .queryParam("limit", 3)
            .get("/api/v1/prospection/openings/" + opening + "/nearest-sites")
            .then()
            .statusCode(200)
            .body("openingId", equalTo(opening.toString()))
            .extract()
            .jsonPath();

    assertThat(nearest.getList("sites.siteId", String.class))
        .containsExactly(near.toString(), middle.toString(), far.toString());
    List<Double> distances = nearest.getList("sites.distanceKm", Double.class);
    GeoPoint quimper = new GeoPoint(commune(QUIMPER).latitude(), commune(QUIMPER).longitude());
    GeoPoint farPoint = new GeoPoint(quimper.latitude() + 0.3, quimper.longitude());
    assertThat(distances).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(distances.get(2)).isCloseTo(quimper.distanceKm(farPoint), within(0.05));
    assertThat(distances.get(0)).isCloseTo(2.2, within(0.1));

    admin()
        .queryParam("limit", 1)
        .get("/api/v1/prospection/openings/" + opening + "/nearest-sites")
        .then()
        .statusCode(200)
        .body("sites.siteId", org.hamcrest.Matchers.contains(near.toString()));
    admin()
        .queryParam("limit", 21)
        .get("/api/v1/prospection/openings/" + opening + "/nearest-sites")
        .then()
        .statusCode(400);
  }

  @Test
  void an_e2c_team_finds_the_open_openings_near_its_site_nearest_first() {
    String agency = Territories.agencyIn("29", "53");
    UUID brestSite = siteNorthOf(BREST, 0.0);
    UUID employer = employerIn(agency, BREST, "29200", "Chantier Naval Fictif de Brest");
    UUID inBrest = Openings.published(companyAdvisorOf(agency), employer, Openings.body(BREST));
    UUID inLanderneau =
        Openings.published(companyAdvisorOf(agency), employer, Openings.body(LANDERNEAU));
    UUID aJob =
        Openings.published(
            companyAdvisorOf(agency), employer, Openings.body(BREST, "JOB", "H2913"));
    UUID inQuimper = Openings.published(companyAdvisorOf(agency), employer, Openings.body(QUIMPER));
    UUID filled = Openings.published(companyAdvisorOf(agency), employer, Openings.body(BREST));
    companyAdvisorOf(agency)
        .post("/api/v1/prospection/openings/" + filled + "/fill")
        .then()
        .statusCode(200);
    String search = "/api/v1/prospection/openings/near-site/" + brestSite;

    JsonPath within25 =
        companyOfficerOf(brestSite)
            .queryParam("radiusKm", 25)
            .queryParam("kind", "COMPANY_IMMERSION")
            .queryParam("limit", 100)
            .get(search)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> ids = within25.getList("items.opening.id", String.class);
    assertThat(ids)
        .contains(inBrest.toString(), inLanderneau.toString())
        .doesNotContain(aJob.toString(), inQuimper.toString(), filled.toString());
    assertThat(ids.indexOf(inBrest.toString())).isLessThan(ids.indexOf(inLanderneau.toString()));
    assertThat(within25.getList("items.distanceKm", Double.class))
        .isSortedAccordingTo(Comparator.naturalOrder())
        .allMatch(km -> km <= 25);
    assertThat(within25.getList("items.opening.status", String.class)).containsOnly("OPEN");

    List<String> paged = new ArrayList<>();
    String cursor = null;
    do {
      var request = companyAdvisorOf(agency).queryParam("radiusKm", 100).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(search).then().statusCode(200).extract().jsonPath();
      paged.addAll(page.getList("items.opening.id", String.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertThat(paged)
        .doesNotHaveDuplicates()
        .contains(inBrest.toString(), aJob.toString(), inQuimper.toString())
        .doesNotContain(filled.toString());
    assertThat(paged.indexOf(inLanderneau.toString()))
        .isLessThan(paged.indexOf(inQuimper.toString()));
  }

  @Test
  void the_site_must_be_known_and_the_callers_and_the_openings_of_their_territory() {
    String finistere = Territories.agencyIn("29", "53");
    String cotesDArmor = Territories.agencyIn("22", "53");
    UUID brestSite = siteNorthOf(BREST, 0.01);
    UUID saintBrieucSite = siteNorthOf(SAINT_BRIEUC, 0.0);
    String search = "/api/v1/prospection/openings/near-site/";

    companyAdvisorOf(finistere).get(search + UUID.randomUUID()).then().statusCode(404);
    companyAdvisorOf(cotesDArmor).get(search + brestSite).then().statusCode(404);
    companyOfficerOf(saintBrieucSite).get(search + brestSite).then().statusCode(404);
    companyOfficerOf(brestSite).get(search + brestSite).then().statusCode(200);
    companyAdvisorOf(finistere).get(search + brestSite).then().statusCode(200);
    admin().get(search + brestSite).then().statusCode(200);
    partner().get(search + brestSite).then().statusCode(403);
    admin().queryParam("radiusKm", 101).get(search + brestSite).then().statusCode(400);

    // Morlaix (Finistère) lies within 100 km of Saint-Brieuc: not the Côtes-d'Armor officer's.
    UUID employer = employerIn(finistere, MORLAIX, "29600", "Forge Fictive de Morlaix");
    UUID opening =
        Openings.published(companyAdvisorOf(finistere), employer, Openings.body(MORLAIX));
    companyOfficerOf(saintBrieucSite)
        .queryParam("radiusKm", 100)
        .queryParam("limit", 100)
        .get(search + saintBrieucSite)
        .then()
        .statusCode(200)
        .body("items.opening.id", not(hasItem(opening.toString())))
        .body("items.opening.departmentCode", everyItem(equalTo("22")));
    admin()
        .queryParam("radiusKm", 100)
        .queryParam("limit", 100)
        .get(search + saintBrieucSite)
        .then()
        .statusCode(200)
        .body("items.opening.id", hasItem(opening.toString()));
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
