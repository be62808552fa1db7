package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The directory end to end, through the gateway, with tokens from the real Keycloak. */
class DirectoryThroughGatewayTest {

  @Test
  void an_advisor_finds_the_site_an_admin_created_and_its_session_with_free_seats() {
    String site = DirectoryData.createSite("63113", "63000");
    String session = DirectoryData.createSession(site, 12, 10);

    JsonPath nearby =
        as(SystemStack.user("advisor"))
            .queryParam("communeCode", "63113")
            .queryParam("radiusKm", 30)
            .queryParam("freeSeatsWithinDays", 30)
            .get("/api/v1/sites/nearby")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    List<String> ids = nearby.getList("sites.site.id");
    assertThat(ids).contains(site);
    assertThat(
            nearby.getString(
                "sites.find { it.site.id == '" + site + "' }.nextSessionWithFreeSeats.sessionId"))
        .isEqualTo(session);
  }

  @Test
  void the_demo_data_is_there_for_advisors() {
    as(SystemStack.user("advisor"))
        .queryParam("communeCode", "59350")
        .get("/api/v1/sites/nearby")
        .then()
        .statusCode(200)
        .body("sites[0].site.code", equalTo("demo-lille"));
  }

  @Test
  void the_partner_client_reads_but_does_not_write() {
    String partner = SystemStack.client("partner-demo", "demo-partner-secret");

    as(partner).get("/api/v1/sites").then().statusCode(200);
    as(partner)
        .body(DirectoryData.site(DirectoryData.school(), "63113", "63000"))
        .post("/api/v1/sites")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void e2c_staff_change_their_own_sites_sessions_but_not_another_sites() {
    List<String> demoSites = SystemStack.get().demoSites();
    String own = demoSites.get(0);
    String other = DirectoryData.createSite("63113", "63000");
    String othersSession = DirectoryData.createSession(other, 10, 12);
    String staff = SystemStack.user("e2c-staff");

    as(staff)
        .body(DirectoryData.session(own, 8, 9))
        .post("/api/v1/sessions")
        .then()
        .statusCode(201);
    as(staff)
        .post("/api/v1/sessions/" + othersSession + "/cancel")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
