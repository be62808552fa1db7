package fr.passerelle.referral.submission;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.referral.config.ReferralConfig;
import fr.passerelle.referral.dossier.Activity;
import fr.passerelle.referral.dossier.Qualification;
import fr.passerelle.referral.dossier.ReferralApi.YoungPerson;
import fr.passerelle.referral.submission.Eligibility.UnmetRule;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agreement's eligibility rules ({@link Eligibility}) without a server, on the configuration
 * the service ships with ({@code passerelle.referral.eligibility.*} defaults) and on a tuned one.
 * What happens to a submission that breaks them (refused, or overridden with a justification) is
 * decided by the submission service against the database: {@code SubmissionTest} covers it.
 */
class EligibilityRulesTest {

  private static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 11, 30);

  private final Eligibility agreement = eligibility(Map.of());

  @ParameterizedTest(name = "aged {0} on the submission date: unmet rules {1}")
  @CsvSource({
    "14, age", "15, age", "16, ''", "17, ''", "20, ''", "24, ''", "25, ''", "26, age", "30, age"
  })
  void young_people_aged_16_to_25_on_the_submission_date_are_eligible_by_age(
      int age, String unmet) {
    LocalDate birthDate = SUBMITTED_ON.minusYears(age);

    assertThat(codes(agreement.unmetRules(person(birthDate), SUBMITTED_ON)))
        .isEqualTo(expected(unmet));
  }

  @Test
  void eligibility_by_age_starts_on_the_16th_birthday() {
    LocalDate sixteenthBirthday = SUBMITTED_ON;
    LocalDate birthDate = sixteenthBirthday.minusYears(16);

    assertThat(codes(agreement.unmetRules(person(birthDate), sixteenthBirthday.minusDays(1))))
        .containsExactly("age");
    assertThat(agreement.unmetRules(person(birthDate), sixteenthBirthday)).isEmpty();
  }

  @Test
  void eligibility_by_age_ends_the_day_before_the_26th_birthday() {
    LocalDate twentySixthBirthday = SUBMITTED_ON;
    LocalDate birthDate = twentySixthBirthday.minusYears(26);

    assertThat(agreement.unmetRules(person(birthDate), twentySixthBirthday.minusDays(1))).isEmpty();
    assertThat(codes(agreement.unmetRules(person(birthDate), twentySixthBirthday)))
        .containsExactly("age");
  }

  @Test
  void someone_born_on_29_february_turns_a_year_older_on_1_march_in_common_years() {
    LocalDate birthDate = LocalDate.of(2000, 2, 29);

    assertThat(Eligibility.ageOn(birthDate, LocalDate.of(2026, 2, 28))).isEqualTo(25);
    assertThat(Eligibility.ageOn(birthDate, LocalDate.of(2026, 3, 1))).isEqualTo(26);
    assertThat(Eligibility.ageOn(birthDate, LocalDate.of(2024, 2, 29))).isEqualTo(24);
  }

  @Test
  void an_age_rule_not_met_says_the_age_and_the_range_to_the_advisor() {
    List<UnmetRule> unmet = agreement.unmetRules(person(SUBMITTED_ON.minusYears(15)), SUBMITTED_ON);

    assertThat(unmet)
        .containsExactly(
            new UnmetRule(
                "age", "aged 15 on the submission date; the E2C takes young people aged 16 to 25"));
  }

  static Stream<Arguments> everyQualificationAndActivity() {
    Set<Qualification> eligibleQualifications =
        EnumSet.of(Qualification.NONE, Qualification.BREVET);
    return Arrays.stream(Qualification.values())
        .flatMap(
            qualification ->
                Arrays.stream(Activity.values())
                    .map(
                        activity -> {
                          List<String> unmet = new ArrayList<>();
                          if (!eligibleQualifications.contains(qualification)) {
                            unmet.add("qualification");
                          }
                          if (activity != Activity.NONE) {
                            unmet.add("activity");
                          }
                          return Arguments.of(qualification, activity, unmet);
                        }));
  }

  @ParameterizedTest(name = "qualification {0}, activity {1}: unmet rules {2}")
  @MethodSource("everyQualificationAndActivity")
  void only_young_people_below_cap_bep_level_and_neither_employed_nor_in_training_are_eligible(
      Qualification qualification, Activity activity, List<String> unmet) {
    YoungPerson person = person(SUBMITTED_ON.minusYears(19), qualification, activity);

    assertThat(codes(agreement.unmetRules(person, SUBMITTED_ON))).isEqualTo(unmet);
  }

  @Test
  void every_rule_not_met_is_reported_at_once_age_first() {
    YoungPerson person = person(SUBMITTED_ON.minusYears(27), Qualification.BAC, Activity.EMPLOYED);

    assertThat(agreement.unmetRules(person, SUBMITTED_ON))
        .containsExactly(
            new UnmetRule(
                "age", "aged 27 on the submission date; the E2C takes young people aged 16 to 25"),
            new UnmetRule("qualification", "holds a qualification at CAP/BEP level or above (BAC)"),
            new UnmetRule("activity", "is in employment or training (EMPLOYED)"));
  }

  @Test
  void the_steering_committee_may_widen_the_rules_through_configuration() {
    Eligibility widened =
        eligibility(
            Map.of(
                "passerelle.referral.eligibility.max-age", "29",
                "passerelle.referral.eligibility.eligible-qualifications", "NONE,BREVET,CAP_BEP",
                "passerelle.referral.eligibility.eligible-activities", "NONE,IN_TRAINING"));
    YoungPerson person =
        person(SUBMITTED_ON.minusYears(28), Qualification.CAP_BEP, Activity.IN_TRAINING);

    assertThat(widened.unmetRules(person, SUBMITTED_ON)).isEmpty();
    assertThat(codes(agreement.unmetRules(person, SUBMITTED_ON)))
        .containsExactly("age", "qualification", "activity");
  }

  /** The rules as the service reads them: its configuration mapping, defaults plus these values. */
  private static Eligibility eligibility(Map<String, String> values) {
    Map<String, String> properties = new HashMap<>(values);
    properties.put("passerelle.referral.pseudonym-key", "test-key");
    properties.put("passerelle.referral.client-secret", "test-secret");
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(ReferralConfig.class)
            .withSources(new PropertiesConfigSource(properties, "EligibilityRulesTest", 100))
            .build();
    return new Eligibility(config.getConfigMapping(ReferralConfig.class));
  }

  private static YoungPerson person(LocalDate birthDate) {
    return person(birthDate, Qualification.NONE, Activity.NONE);
  }

  private static YoungPerson person(
      LocalDate birthDate, Qualification qualification, Activity activity) {
    return new YoungPerson(
        "Camille", "Martin", birthDate, "59350", null, null, qualification, activity);
  }

  private static List<String> codes(List<UnmetRule> unmet) {
    return unmet.stream().map(UnmetRule::rule).toList();
  }

  private static List<String> expected(String unmet) {
    return unmet == null || unmet.isBlank() ? List.of() : List.of(unmet.split(" "));
  }
}
