package fr.passerelle.prospection.openapi;

import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.prospection.support.Employers.LILLE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.passerelle.prospection.support.Contacts;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bounds the document declares are the ones the service enforces: one more is a 400. */
@QuarkusTest
class DocumentedBoundsTest {

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  private JsonPath document() {
    return given().queryParam("format", "json").get(openapi).then().extract().jsonPath();
  }

  @Test
  void a_contact_note_one_character_over_its_documented_length_is_a_400() {
    int maxLength = document().getInt("components.schemas.ContactRecord.properties.note.maxLength");
    String agency = Territories.agencyIn("59", "32");
    UUID employer =
        Employers.registered(companyAdvisorOf(agency), Employers.body("Borne Fictive", LILLE));
    Map<String, Object> contact = new HashMap<>(Contacts.done(Contacts.today()));

    contact.put("note", "n".repeat(maxLength + 1));
    Contacts.record(companyAdvisorOf(agency), employer, contact)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("note"));

    contact.put("note", "n".repeat(maxLength));
    Contacts.record(companyAdvisorOf(agency), employer, contact).then().statusCode(201);
  }

  @Test
  void a_lead_window_over_its_documented_maximum_is_a_400_and_over_the_configured_one_a_422() {
    int maximum = document().getInt("components.schemas.LeadTaking.properties.days.maximum");
    String agency = Territories.agencyIn("59", "32");
    UUID employer =
        Employers.registered(companyAdvisorOf(agency), Employers.body("Fenêtre Fictive", LILLE));
    String lead = "/api/v1/prospection/employers/" + employer + "/lead";

    companyAdvisorOf(agency)
        .body(Map.of("days", maximum + 1))
        .post(lead)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("days"));
    companyAdvisorOf(agency)
        .body(Map.of("days", maximum))
        .post(lead)
        .then()
        .statusCode(422)
        .body("code", equalTo("lead-window-too-long"));
  }
}
