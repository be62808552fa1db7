package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Coordinated prospection end to end, through the gateway, with tokens from the real Keycloak: the
 * demo Pôle emploi company advisor (agency 90001, Nord) takes the lead on an employer; the demo E2C
 * company-relations officer (the demo sites of the Nord) is refused with 409 naming the lead, then
 * records the contact agreed with the lead as a joint one; an opening published from it is found
 * near the officer's E2C site.
 */
class ProspectionThroughGatewayTest {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  @Test
  void the_gateway_documents_the_prospection_api_in_its_one_openapi_document() {
    SystemStack.gateway()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/prospection/employers/{id}/lead"))
        .body(containsString("/api/v1/prospection/openings/near-site/{siteId}"));
  }

  @Test
  void
      a_pe_company_advisor_leads_the_e2c_officer_is_refused_then_joins_and_the_opening_is_found_near_the_e2c_site() {
    String advisor = SystemStack.user("company-advisor");
    String officer = SystemStack.user("company-officer");
    String site = claims(officer).get("e2c_sites").get(0).asText();
    JsonPath siteView =
        as(DirectoryData.admin())
            .get("/api/v1/sites/" + site)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String commune = siteView.getString("communeCode");

    String employer =
        as(advisor)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(employer(commune, siteView.getString("postalCode")))
            .post("/api/v1/prospection/employers")
            .then()
            .statusCode(201)
            // The service's own address stays behind the gateway.
            .header("Location", startsWith("/api/v1/prospection/employers/"))
            .body("departmentCode", equalTo(siteView.getString("departmentCode")))
            .body("registeredNetwork", equalTo("PE"))
            .extract()
            .path("id");
    String employerPath = "/api/v1/prospection/employers/" + employer;

    String leadOfficer =
        as(advisor)
            .body(Map.of("days", 30))
            .post(employerPath + "/lead")
            .then()
            .statusCode(201)
            .body("network", equalTo("PE"))
            .body("officer", notNullValue())
            .extract()
            .path("officer");

    Map<String, Object> contact = contact();
    as(officer)
        .body(contact)
        .post(employerPath + "/contacts")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("prospection-conflict"))
        .body("leadNetwork", equalTo("PE"))
        .body("leadOfficer", equalTo(leadOfficer))
        .body("leadUntil", notNullValue());
    as(advisor).get(employerPath + "/contacts").then().statusCode(200).body("items", empty());

    contact.put("coordinatedWith", leadOfficer);
    String contactId =
        as(officer)
            .body(contact)
            .post(employerPath + "/contacts")
            .then()
            .statusCode(201)
            .body("network", equalTo("E2C"))
            .body("joint", equalTo(true))
            .body("coordinatedWith", equalTo(leadOfficer))
            .extract()
            .path("id");
    as(advisor)
        .get(employerPath + "/contacts")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(contactId))
        .body("items[0].joint", equalTo(true));

    String opening =
        as(officer)
            .body(opening(contactId, commune))
            .post(employerPath + "/openings")
            .then()
            .statusCode(201)
            .body("status", equalTo("OPEN"))
            .body("contactId", equalTo(contactId))
            .extract()
            .path("id");

    List<Map<String, Object>> near =
        as(officer)
            .queryParam("radiusKm", 10)
            .queryParam("kind", "COMPANY_IMMERSION")
            .queryParam("limit", 100)
            .get("/api/v1/prospection/openings/near-site/" + site)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(near)
        .filteredOn(item -> opening.equals(((Map<?, ?>) item.get("opening")).get("id")))
        .singleElement()
        .satisfies(
            item -> assertThat(((Number) item.get("distanceKm")).doubleValue()).isLessThan(5.0));
  }

  @Test
  void only_the_prospecting_roles_an_admin_and_partners_pass_the_door() {
    as(SystemStack.user("steering"))
        .get("/api/v1/prospection/employers")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(SystemStack.user("e2c-staff")).get("/api/v1/prospection/employers").then().statusCode(403);
    as(SystemStack.user("admin")).get("/api/v1/prospection/employers").then().statusCode(200);
    as(SystemStack.client("partner-demo", "demo-partner-secret"))
        .get("/api/v1/prospection/openings")
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> employer(String commune, String postalCode) {
    return Map.of(
        "siret",
        DirectoryData.siret(),
        "name",
        "Boulangerie Fictive du Test Système",
        "nafCode",
        "1071C",
        "headcountBand",
        "11",
        "street",
        "1 rue du Test",
        "communeCode",
        commune,
        "postalCode",
        postalCode,
        "romeCodes",
        List.of("D1102"));
  }

  private static Map<String, Object> contact() {
    Map<String, Object> contact = new HashMap<>();
    contact.put("status", "DONE");
    contact.put("channel", "PHONE");
    contact.put("direction", "OUTBOUND");
    contact.put("purpose", "COMPANY_IMMERSION");
    contact.put("contactOn", LocalDate.now(FRANCE).toString());
    contact.put("outcome", "Two immersion places for E2C learners");
    return contact;
  }

  private static Map<String, Object> opening(String contactId, String commune) {
    LocalDate today = LocalDate.now(FRANCE);
    return Map.of(
        "contactId",
        contactId,
        "kind",
        "COMPANY_IMMERSION",
        "romeCode",
        "D1102",
        "title",
        "Immersion en boulangerie (deux semaines)",
        "communeCode",
        commune,
        "positions",
        2,
        "startsOn",
        today.plusDays(7).toString(),
        "endsOn",
        today.plusDays(21).toString());
  }

  /** The claims of an access token (its signature was checked by whoever issued it here). */
  private static JsonNode claims(String token) {
    try {
      byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
      return new ObjectMapper().readTree(new String(payload, StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException("not a JWT", e);
    }
  }
}
