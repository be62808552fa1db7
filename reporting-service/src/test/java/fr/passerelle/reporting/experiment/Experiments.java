package fr.passerelle.reporting.experiment;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Experiment bodies and territories of their own for each test. */
final class Experiments {

  static final String PATH = "/api/v1/experiments";

  private static final AtomicInteger SAFIRS =
      new AtomicInteger(10000 + ThreadLocalRandom.current().nextInt(80000));

  private Experiments() {}

  /** A SAFIR code no other test uses in this run. */
  static String newAgency() {
    return String.valueOf(10000 + SAFIRS.incrementAndGet() % 90000);
  }

  /** A body for an experiment of this territory, to change with {@code put}. */
  static Map<String, Object> body(
      List<String> departments, List<UUID> sites, List<String> agencies) {
    Map<String, Object> territory = new HashMap<>();
    territory.put("departmentCodes", departments);
    territory.put("siteIds", sites.stream().map(UUID::toString).toList());
    territory.put("agencySafirs", agencies);
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Information sessions held in the agency");
    body.put("description", "A monthly information session of the E2C held in the agency.");
    body.put("territory", territory);
    body.put("partners", new ArrayList<>(List.of("Mission locale de Roubaix")));
    body.put("responsible", "Chargé de mission partenariat");
    body.put("startsOn", "2026-01-05");
    body.put("endsOn", "2026-06-30");
    body.put("objectives", List.of("SECURE_PATH", "LEAD_TO_JOB"));
    return body;
  }

  static Map<String, Object> inAgency(String safir) {
    return body(List.of(), List.of(), List.of(safir));
  }

  static Map<String, Object> atSites(UUID... sites) {
    return body(List.of(), List.of(sites), List.of());
  }

  /** Proposes it as this caller and answers its id. */
  static String proposed(RequestSpecification caller, Map<String, Object> body) {
    return caller.body(body).post(PATH).then().statusCode(201).extract().path("id");
  }

  static Map<String, Object> review(String status, String note) {
    Map<String, Object> review = new HashMap<>();
    review.put("status", status);
    if (note != null) {
      review.put("note", note);
    }
    return review;
  }
}
