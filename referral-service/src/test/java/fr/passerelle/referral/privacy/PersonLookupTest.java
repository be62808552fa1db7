package fr.passerelle.referral.privacy;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The data-protection officer's way to the referrals a request is about, without reading them. */
@QuarkusTest
class PersonLookupTest {

  private UUID site;
  private Map<String, Object> submission;
  private Map<String, Object> person;
  private String first;
  private String second;
  private String secondRef;

  @BeforeEach
  void onePersonReferredTwice() {
    site = Sites.active();
    submission = Submissions.eligible(site);
    person = castMap(submission.get("youngPerson"));
    first = submit();
    secondRef = "PE-" + UUID.randomUUID();
    submission.put("externalRef", secondRef);
    second = submit();
  }

  @Test
  void finds_every_referral_of_the_person_by_identity_as_the_person_writes_it() {
    String lastName = ((String) person.get("lastName")).toUpperCase().replace("-", " ");
    admin()
        .body(
            Map.of(
                "identity",
                Map.of(
                    "firstName",
                    "camille",
                    "lastName",
                    lastName,
                    "birthDate",
                    person.get("birthDate"))))
        .post("/api/v1/referrals/lookup")
        .then()
        .statusCode(200)
        .body("items.referralId", contains(first, second))
        .body("items.personId", everyItem(notNullValue()))
        .body("items[0].status", equalTo("SUBMITTED"))
        .body("items[0].youngPerson", equalTo(null))
        .body("items[0].firstName", equalTo(null));
  }

  @Test
  void an_external_ref_leads_to_every_referral_of_its_person_and_so_does_the_person_id() {
    String personId =
        admin()
            .body(Map.of("externalRef", secondRef))
            .post("/api/v1/referrals/lookup")
            .then()
            .statusCode(200)
            .body("items.referralId", contains(first, second))
            .body("items.externalRef", hasItem(secondRef))
            .extract()
            .path("items[0].personId");

    admin()
        .body(Map.of("personId", personId))
        .post("/api/v1/referrals/lookup")
        .then()
        .statusCode(200)
        .body("items.referralId", contains(first, second));
  }

  @Test
  void after_erasure_the_identity_leads_to_nobody_and_the_person_id_to_anonymised_referrals() {
    String personId =
        admin()
            .body(Map.of("externalRef", secondRef))
            .post("/api/v1/referrals/lookup")
            .then()
            .extract()
            .path("items[0].personId");
    admin()
        .body(Map.of("reason", "Demande RGPD art. 17, réf. DPO-LOOKUP"))
        .post("/api/v1/referrals/" + second + "/erasure")
        .then()
        .statusCode(200);

    admin()
        .body(Map.of("identity", identity()))
        .post("/api/v1/referrals/lookup")
        .then()
        .statusCode(200)
        .body("items", empty());
    admin()
        .body(Map.of("personId", personId))
        .post("/api/v1/referrals/lookup")
        .then()
        .statusCode(200)
        .body("items.referralId", containsInAnyOrder(first, second))
        .body("items.anonymisedAt", everyItem(notNullValue()))
        .body("items.status", everyItem(equalTo("WITHDRAWN")));
  }

  @Test
  void the_lookup_is_written_to_the_access_log_of_the_referrals_found() {
    admin()
        .body(Map.of("identity", identity()))
        .post("/api/v1/referrals/lookup")
        .then()
        .statusCode(200);

    admin()
        .get("/api/v1/referrals/" + first + "/access-log")
        .then()
        .statusCode(200)
        .body("items.operation", hasItem("look up a person"));
  }

  @Test
  void exactly_one_criterion_is_required() {
    admin()
        .body(Map.of())
        .post("/api/v1/referrals/lookup")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lookup"));
    admin()
        .body(Map.of("externalRef", secondRef, "personId", UUID.randomUUID().toString()))
        .post("/api/v1/referrals/lookup")
        .then()
        .statusCode(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pe-advisor", "e2c-staff", "pe-system", "steering", "directory-admin"})
  void only_an_admin_looks_a_person_up(String role) {
    withRole(role)
        .body(Map.of("externalRef", secondRef))
        .post("/api/v1/referrals/lookup")
        .then()
        .statusCode(403);
  }

  @Test
  void an_admin_still_reads_no_referral() {
    admin().get("/api/v1/referrals/" + first).then().statusCode(403);
    admin().get("/api/v1/referrals").then().statusCode(403);
    admin().get("/api/v1/referrals/" + first + "/timeline").then().statusCode(403);
    // The sides do read it: the lookup added no access to them.
    advisor().get("/api/v1/referrals/" + first).then().statusCode(200);
    e2cStaff(site).get("/api/v1/referrals/" + first).then().statusCode(200);
  }

  private Map<String, Object> identity() {
    return Map.of(
        "firstName", person.get("firstName"),
        "lastName", person.get("lastName"),
        "birthDate", person.get("birthDate"));
  }

  private String submit() {
    return peSystem()
        .body(submission)
        .post("/api/v1/referrals")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return new HashMap<>((Map<String, Object>) value);
  }
}
