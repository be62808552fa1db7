package fr.passerelle.referral.support;

import fr.passerelle.platform.testing.Callers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Submission bodies: a fictitious eligible young person by default, changed where a test needs. */
public final class Submissions {

  private Submissions() {}

  /** A valid submission to the site, for the default agency, which the service then knows. */
  public static Map<String, Object> eligible(UUID siteId) {
    Agencies.known(Callers.DEFAULT_AGENCY);
    Map<String, Object> body = new HashMap<>();
    body.put("externalRef", "PE-" + UUID.randomUUID());
    body.put("agencySafir", Callers.DEFAULT_AGENCY);
    body.put("siteId", siteId.toString());
    body.put(
        "consent",
        Map.of("givenOn", LocalDate.now().minusDays(1).toString(), "method", "IN_INTERVIEW"));
    body.put("youngPerson", person(LocalDate.now().minusYears(19), "NONE", "NONE"));
    body.put(
        "diagnostic",
        Map.of(
            "barriers",
            List.of("MOBILITY", "HOUSING"),
            "summary",
            "Sortie du lycée professionnel en 1re année, souhaite se remobiliser.",
            "projectIdea",
            "Travailler dans la logistique",
            "romeCodes",
            List.of("N1103")));
    return body;
  }

  /** Names are compared by their letters only (the pseudonymous id ignores digits). */
  private static String randomLetters() {
    StringBuilder letters = new StringBuilder();
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < 12; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  public static Map<String, Object> person(
      LocalDate birthDate, String qualification, String activity) {
    Map<String, Object> person = new HashMap<>();
    person.put("firstName", "Camille");
    person.put("lastName", "Testeur-" + randomLetters());
    person.put("birthDate", birthDate.toString());
    person.put("communeCode", "59350");
    person.put("contact", Map.of("phone", "+33612345678", "preferredChannel", "SMS"));
    person.put("highestQualification", qualification);
    person.put("activity", activity);
    return person;
  }
}
