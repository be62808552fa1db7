package fr.passerelle.prospection.opening;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Opening bodies and publications for the tests of this package. */
final class Openings {

  static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private Openings() {}

  /** An immersion of two positions in this commune, ending in a month. */
  static Map<String, Object> body(String communeCode) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "COMPANY_IMMERSION");
    body.put("romeCode", "D1102");
    body.put("title", "Immersion en boulangerie");
    body.put("communeCode", communeCode);
    body.put("positions", 2);
    body.put("startsOn", today().plusDays(7).toString());
    body.put("endsOn", today().plusDays(30).toString());
    return body;
  }

  static Map<String, Object> body(String communeCode, String kind, String romeCode) {
    Map<String, Object> body = body(communeCode);
    body.put("kind", kind);
    body.put("romeCode", romeCode);
    return body;
  }

  /** Published by this caller for this employer; returns the opening's id. */
  static UUID published(RequestSpecification caller, UUID employer, Map<String, Object> body) {
    return UUID.fromString(
        caller
            .body(body)
            .post("/api/v1/prospection/employers/" + employer + "/openings")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  static LocalDate today() {
    return LocalDate.now(FRANCE);
  }

  /**
   * A contact done with this employer, written as the contact log keeps it (the contact API is
   * another feature's): what an opening may name as its origin.
   */
  static UUID contactWith(EntityManager entityManager, UUID employer, String department) {
    UUID contact = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "insert into contact (id, employer_id, department_code, network, author,"
                            + " status, channel, direction, purpose, contact_on, joint, created_at)"
                            + " values (?1, ?2, ?3, 'E2C', 'company-officer-1', 'DONE', 'VISIT',"
                            + " 'OUTBOUND', 'COMPANY_IMMERSION', current_date, false, now())")
                    .setParameter(1, contact)
                    .setParameter(2, employer)
                    .setParameter(3, department)
                    .executeUpdate());
    return contact;
  }
}
