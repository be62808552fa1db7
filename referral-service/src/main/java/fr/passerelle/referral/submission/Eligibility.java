package fr.passerelle.referral.submission;

import fr.passerelle.referral.config.ReferralConfig;
import fr.passerelle.referral.dossier.ReferralApi.Diagnostic;
import fr.passerelle.referral.dossier.ReferralApi.YoungPerson;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may be referred. From the agreement: no qualification, no employment, social difficulties (a
 * barrier). From E2C practice: the age range. All but the barrier are configurable ({@code
 * passerelle.referral.eligibility.*}); each may be overridden by an advisor with a justification.
 */
@ApplicationScoped
public class Eligibility {

  /** One rule the young person does not meet: its code and a sentence for the advisor. */
  public record UnmetRule(String rule, String detail) {}

  private final ReferralConfig.Eligibility rules;

  Eligibility(ReferralConfig config) {
    this.rules = config.eligibility();
  }

  public static int ageOn(LocalDate birthDate, LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  /**
   * Every rule: the young person's, and the agreement's "rencontrant des difficultés sociales" (the
   * diagnostic names at least one barrier), which is not configurable.
   */
  public List<UnmetRule> unmetRules(YoungPerson person, Diagnostic diagnostic, LocalDate on) {
    List<UnmetRule> unmet = unmetRules(person, on);
    if (diagnostic.barriers().isEmpty()) {
      unmet.add(
          new UnmetRule(
              "barrier",
              "the diagnostic names no barrier; the agreement is for young people facing social"
                  + " difficulties"));
    }
    return unmet;
  }

  /** The rules on the young person: age (E2C practice), qualification and activity. */
  public List<UnmetRule> unmetRules(YoungPerson person, LocalDate submittedOn) {
    List<UnmetRule> unmet = new ArrayList<>();
    int age = ageOn(person.birthDate(), submittedOn);
    if (age < rules.minAge() || age > rules.maxAge()) {
      unmet.add(
          new UnmetRule(
              "age",
              "aged "
                  + age
                  + " on the submission date; the E2C takes young people aged "
                  + rules.minAge()
                  + " to "
                  + rules.maxAge()));
    }
    if (!rules.eligibleQualifications().contains(person.highestQualification())) {
      unmet.add(
          new UnmetRule(
              "qualification",
              "holds a qualification at CAP/BEP level or above ("
                  + person.highestQualification()
                  + ")"));
    }
    if (!rules.eligibleActivities().contains(person.activity())) {
      unmet.add(
          new UnmetRule("activity", "is in employment or training (" + person.activity() + ")"));
    }
    return unmet;
  }
}
