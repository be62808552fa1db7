package fr.passerelle.prospection.support;

import fr.passerelle.platform.testing.FictitiousIdentifiers;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Employer bodies and registrations: fictitious establishments of Lille (59) or Arras (62). */
public final class Employers {

  public static final String LILLE = "59350";
  public static final String ARRAS = "62041";

  private Employers() {}

  /** A fictitious establishment of this commune (Lille 59000 or Arras 62000). */
  public static Map<String, Object> body(String name, String communeCode) {
    Map<String, Object> body = new HashMap<>();
    body.put("siret", FictitiousIdentifiers.siret());
    body.put("name", name);
    body.put("nafCode", "1071C");
    body.put("headcountBand", "11");
    body.put("street", "1 rue de l'Exemple");
    body.put("communeCode", communeCode);
    body.put("postalCode", LILLE.equals(communeCode) ? "59000" : "62000");
    body.put("romeCodes", List.of("D1102"));
    return body;
  }

  /** Registered by this caller; returns the employer's id. */
  public static UUID registered(RequestSpecification caller, Map<String, Object> body) {
    return UUID.fromString(
        caller
            .body(body)
            .post("/api/v1/prospection/employers")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }
}
