package fr.passerelle.prospection.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Contact bodies and recordings, dated as the service sees days (Europe/Paris). */
public final class Contacts {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private Contacts() {}

  /** Today, as the service's clock sees it (tests that move the clock add the days they moved). */
  public static LocalDate today() {
    return LocalDate.now(FRANCE);
  }

  /** An outbound visit done on this day, about an apprenticeship. */
  public static Map<String, Object> done(LocalDate on) {
    return body("DONE", "OUTBOUND", on);
  }

  /** An outbound phone call planned on this day, about a company immersion. */
  public static Map<String, Object> planned(LocalDate on) {
    Map<String, Object> body = body("PLANNED", "OUTBOUND", on);
    body.put("channel", "PHONE");
    body.put("purpose", "COMPANY_IMMERSION");
    return body;
  }

  /** A contact the employer asked for, done on this day. */
  public static Map<String, Object> inbound(LocalDate on) {
    return body("DONE", "INBOUND", on);
  }

  public static Map<String, Object> body(String status, String direction, LocalDate on) {
    Map<String, Object> body = new HashMap<>();
    body.put("status", status);
    body.put("channel", "VISIT");
    body.put("direction", direction);
    body.put("purpose", "APPRENTICESHIP");
    body.put("contactOn", on.toString());
    body.put("outcome", "Deux places en apprentissage");
    body.put("nextStep", "Envoyer la plaquette");
    body.put("nextStepOn", on.plusDays(7).toString());
    body.put("note", "Le gérant préfère être appelé le matin");
    return body;
  }

  public static Response record(RequestSpecification caller, UUID employer, Map<String, ?> body) {
    return caller.body(body).post("/api/v1/prospection/employers/" + employer + "/contacts");
  }

  /** Recorded (201); returns the contact's id. */
  public static UUID recorded(RequestSpecification caller, UUID employer, Map<String, ?> body) {
    return UUID.fromString(
        record(caller, employer, body).then().statusCode(201).extract().path("id"));
  }

  public static String contactsOf(UUID employer) {
    return "/api/v1/prospection/employers/" + employer + "/contacts";
  }
}
