package fr.passerelle.prospection.jointaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An employer event both networks organised together, recorded once held: where and when, the E2C
 * sites and Pôle emploi agencies that organised it, the employers that took part, and how many
 * young people attended — a count, never names.
 */
@Entity
public class JointAction extends PanacheEntityBase {

  public enum Kind {
    JOB_DATING,
    /** A company visit for E2C learners. */
    COMPANY_VISIT,
    RECRUITMENT_FORUM,
    OTHER
  }

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  public String title;
  public LocalDate heldOn;
  public String communeCode;
  public String departmentCode;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<UUID> siteIds;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> agencySafirs;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<UUID> employerIds;

  public int youngPeopleCount;
  public String recordedBy;
  public Instant createdAt;
}
