package fr.passerelle.referral.submission;

import fr.passerelle.referral.config.ReferralConfig;
import fr.passerelle.referral.dossier.ReferralApi.YoungPerson;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** The agreement's eligibility rules, configurable ({@code passerelle.referral.eligibility.*}). */
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
