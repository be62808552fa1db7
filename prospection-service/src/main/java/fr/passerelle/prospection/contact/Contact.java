package fr.passerelle.prospection.contact;

import fr.passerelle.platform.web.problem.ConflictException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A contact with an employer, planned or done, by either network: the shared log both networks
 * read. Its note is free text checked like every other (no NIR; no young person's name or contact).
 */
@Entity
public class Contact extends PanacheEntityBase {

  public enum Status {
    /** On the shared agenda of its department. */
    PLANNED,
    /** It took place; the employer's last contact moves to its day. */
    DONE
  }

  public enum Channel {
    VISIT,
    PHONE,
    EMAIL,
    /** Met at an event held by the employer or for employers. */
    EMPLOYER_EVENT,
    OTHER
  }

  public enum Direction {
    /** The officer approached the employer: counts towards the solicitation ceiling. */
    OUTBOUND,
    /** Asked for by the employer: never refused for over-solicitation, never counted. */
    INBOUND
  }

  public enum Purpose {
    RECRUITMENT_NEED,
    APPRENTICESHIP,
    /** A company immersion (PMSMP, période de mise en situation en milieu professionnel). */
    COMPANY_IMMERSION,
    INTERNSHIP,
    /** Presenting the E2C to the employer. */
    PRESENTATION_E2C,
    /** Presenting Pôle emploi's services to employers. */
    PRESENTATION_PE_SERVICES,
    EVENT_INVITATION
  }

  @Id public UUID id;
  public UUID employerId;
  public String departmentCode;
  public String network;
  public String author;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  @Enumerated(EnumType.STRING)
  public Direction direction;

  @Enumerated(EnumType.STRING)
  public Purpose purpose;

  public LocalDate contactOn;
  public String outcome;
  public String nextStep;
  public LocalDate nextStepOn;
  public String note;
  public String coordinatedWith;
  public boolean joint;
  public Instant createdAt;

  /** This employer's contact, or null. */
  static Contact of(UUID employerId, UUID id) {
    return find("id = ?1 and employerId = ?2", id, employerId).firstResult();
  }

  /**
   * @throws ConflictException (409, {@code status}) when it is done already
   */
  void requirePlanned() {
    if (status != Status.PLANNED) {
      throw new ConflictException("the contact is done already", Map.of("status", status.name()));
    }
  }
}
