package fr.passerelle.referral.milestone;

import fr.passerelle.platform.web.problem.RuleViolationException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A step of a path in progress, on the three sides of the E2C triptych: skills, company experience
 * (periods in a company name the employer and both dates) and inclusion.
 */
@Entity
public class Milestone extends PanacheEntityBase {

  public enum Kind {
    /** A skills certificate (attestation de compétences). */
    SKILLS_CERTIFICATE,
    /** A company immersion period (PMSMP). */
    COMPANY_IMMERSION,
    INTERNSHIP,
    MID_PATH_REVIEW,
    /** Inclusion ("insertion citoyenne"): housing found or secured. */
    HOUSING,
    /**
     * Inclusion: health insurance rights opened or a health check-up done; never a medical detail.
     * Like the HEALTH barrier, it does not leave the service: it publishes no event.
     */
    HEALTH_ACCESS,
    /** Inclusion: mobility, such as a driving licence (code or licence) or a mobility aid. */
    MOBILITY,
    /** Inclusion: citizenship or civic engagement (volunteering, civic day, voter registration). */
    CIVIC_ENGAGEMENT,
    /** Inclusion: social rights opened (RSA, CAF benefits, contrat d'engagement jeune…). */
    SOCIAL_RIGHTS;

    boolean inCompany() {
      return this == COMPANY_IMMERSION || this == INTERNSHIP;
    }

    /** Whether an event may say the milestone's kind to the rest of Passerelle. */
    boolean isPublishable() {
      return this != HEALTH_ACCESS;
    }
  }

  @Id public UUID id;
  public UUID referralId;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  public String title;
  public String employerSiret;
  public LocalDate startsOn;
  public LocalDate endsOn;
  public String comment;
  public String recordedBy;
  public Instant recordedAt;

  /**
   * @throws RuleViolationException (422) for a company period without employer or end, or dates in
   *     the wrong order
   */
  public static Milestone of(
      UUID referralId, Kind kind, String employerSiret, LocalDate startsOn, LocalDate endsOn) {
    if (kind.inCompany() && (employerSiret == null || endsOn == null)) {
      throw new RuleViolationException(
          "company-period-incomplete", kind + " needs the employer's SIRET and an end date");
    }
    if (endsOn != null && endsOn.isBefore(startsOn)) {
      throw new RuleViolationException("dates-reversed", "endsOn is before startsOn");
    }
    Milestone milestone = new Milestone();
    milestone.id = UUID.randomUUID();
    milestone.referralId = referralId;
    milestone.kind = kind;
    milestone.employerSiret = employerSiret;
    milestone.startsOn = startsOn;
    milestone.endsOn = endsOn;
    return milestone;
  }
}
