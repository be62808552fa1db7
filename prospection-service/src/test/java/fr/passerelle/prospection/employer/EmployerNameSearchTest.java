package fr.passerelle.prospection.employer;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.prospection.support.Employers.ARRAS;
import static fr.passerelle.prospection.support.Employers.LILLE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search by name through the name words (migration V4): the start of the name or of any word, in
 * the stable order of every search, page after page, kept right when a name changes.
 */
@QuarkusTest
class EmployerNameSearchTest {

  private String lilleAgency;
  private String arrasAgency;
  private UUID lilleSite;

  /** A word no other test uses, so that a search finds this test's employers only. */
  private String word;

  @BeforeEach
  void territories() {
    lilleAgency = Territories.agencyIn("59", "32");
    arrasAgency = Territories.agencyIn("62", "32");
    lilleSite = Territories.siteIn(LILLE, "59", "32", 50.63, 3.05);
    word = "Vorpal" + letters(UUID.randomUUID());
  }

  @Test
  void a_word_anywhere_in_the_name_pages_through_every_match_once_in_order() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      names.add(word + " Menuiserie Fictive " + i);
      names.add("Menuiserie Fictive " + word + " " + i);
      names.add("Atelier Fictif " + word + "é " + word + "s " + i); // two words match: found once
    }
    names.add("Atelier Fictif X" + word); // not the start of a word
    List<UUID> matching = new ArrayList<>();
    for (String name : names) {
      UUID id = Employers.registered(companyAdvisorOf(lilleAgency), Employers.body(name, LILLE));
      if (!name.contains(" X")) {
        matching.add(id);
      }
    }

    List<Map<String, String>> found =
        allPages(() -> companyOfficerOf(lilleSite).queryParam("q", word.toLowerCase()));

    assertThat(found)
        .extracting(e -> UUID.fromString(e.get("id")))
        .containsExactlyInAnyOrderElementsOf(matching);
    assertThat(found)
        .isSortedAccordingTo(
            Comparator.comparing((Map<String, String> e) -> SearchNames.of(e.get("name")))
                .thenComparing(e -> e.get("id")));
  }

  @Test
  void several_words_match_in_sequence_and_the_department_narrows() {
    UUID bakery =
        Employers.registered(
            companyAdvisorOf(lilleAgency),
            Employers.body("Boulangerie " + word + " Fictive", LILLE));
    Employers.registered(
        companyAdvisorOf(lilleAgency), Employers.body("Boulangerie Fictive " + word, LILLE));
    UUID arras =
        Employers.registered(
            companyAdvisorOf(arrasAgency),
            Employers.body("Boulangerie " + word + " Fictive d'Arras", ARRAS));

    assertThat(
            ids(
                () ->
                    companyOfficerOf(lilleSite)
                        .queryParam("q", "boulangerie " + word.toLowerCase() + " fic")))
        .containsExactly(bakery);
    assertThat(ids(() -> admin().queryParam("q", "BOULANGERIE " + word + " FIC")))
        .containsExactlyInAnyOrder(bakery, arras);
    assertThat(
            ids(
                () ->
                    admin()
                        .queryParam("q", "boulangerie " + word + " fic")
                        .queryParam("department", "62")))
        .containsExactly(arras);
  }

  @Test
  void a_name_that_starts_with_a_number_or_a_letter_is_found_too() {
    UUID garage =
        Employers.registered(
            companyAdvisorOf(lilleAgency), Employers.body("Garage 2000 " + word, LILLE));
    UUID workshop =
        Employers.registered(
            companyAdvisorOf(lilleAgency), Employers.body("L'Atelier " + word, LILLE));

    assertThat(ids(() -> companyOfficerOf(lilleSite).queryParam("q", "2000 " + word)))
        .containsExactly(garage);
    assertThat(ids(() -> companyOfficerOf(lilleSite).queryParam("q", "l'atelier " + word)))
        .containsExactly(workshop);
    assertThat(ids(() -> companyOfficerOf(lilleSite).queryParam("q", "l " + word))).isEmpty();
  }

  @Test
  void a_renamed_employer_is_found_by_its_new_name_only() {
    Map<String, Object> body = Employers.body("Scierie " + word, LILLE);
    UUID employer = Employers.registered(companyAdvisorOf(lilleAgency), body);
    String renamed = "Renamed" + letters(UUID.randomUUID());
    body.put("name", "Scierie " + renamed);
    companyAdvisorOf(lilleAgency)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/prospection/employers/" + employer)
        .then()
        .statusCode(200);

    assertThat(ids(() -> companyOfficerOf(lilleSite).queryParam("q", renamed)))
        .containsExactly(employer);
    assertThat(ids(() -> companyOfficerOf(lilleSite).queryParam("q", word))).isEmpty();
  }

  @Test
  void a_removed_employer_takes_its_words_with_it() {
    UUID employer =
        Employers.registered(
            companyAdvisorOf(lilleAgency), Employers.body("Scierie " + word, LILLE));
    assertThat(wordsOf(employer)).isEqualTo(2);

    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Employer.getEntityManager()
                    .createNativeQuery("delete from employer where id = ?1")
                    .setParameter(1, employer)
                    .executeUpdate());

    assertThat(wordsOf(employer)).isZero();
  }

  private static long wordsOf(UUID employer) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        Employer.getEntityManager()
                            .createNativeQuery(
                                "select count(*) from employer_name_word where employer_id = ?1")
                            .setParameter(1, employer)
                            .getSingleResult())
                    .longValue());
  }

  @Test
  void a_name_with_other_filters_is_searched_with_them() {
    Map<String, Object> body = Employers.body("Garage " + word, LILLE);
    body.put("nafCode", "45.20A");
    UUID garage = Employers.registered(companyAdvisorOf(lilleAgency), body);
    Employers.registered(
        companyAdvisorOf(lilleAgency), Employers.body("Garage Fictif " + word, LILLE));

    assertThat(
            ids(
                () ->
                    companyOfficerOf(lilleSite)
                        .queryParam("q", word)
                        .queryParam("nafCode", "4520A")
                        .queryParam("ledBy", "NOBODY")))
        .containsExactly(garage);
  }

  private static List<UUID> ids(Supplier<RequestSpecification> search) {
    return allPages(search).stream().map(e -> UUID.fromString(e.get("id"))).toList();
  }

  /** Every page of the search, three rows at a time, following nextCursor. */
  private static List<Map<String, String>> allPages(Supplier<RequestSpecification> search) {
    List<Map<String, String>> rows = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification request = search.get().queryParam("limit", 3);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request.get("/api/v1/prospection/employers").then().statusCode(200).extract().jsonPath();
      rows.addAll(page.getList("items"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return rows;
  }

  private static String letters(UUID id) {
    StringBuilder letters = new StringBuilder();
    for (char c : id.toString().replace("-", "").substring(0, 10).toCharArray()) {
      letters.append((char) ('a' + Character.digit(c, 16)));
    }
    return letters.toString();
  }
}
