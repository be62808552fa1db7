package fr.passerelle.directory.school;

import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An E2C school: the legal entity that runs one or more sites. */
@Entity
@Table(name = "school")
public class School extends PanacheEntityBase {

  @Id public UUID id;
  public String name;
  public String siret;

  @Enumerated(EnumType.STRING)
  public LabelStatus labelStatus;

  public LocalDate labelDate;
  @Version public long version;
  public Instant createdAt;
  public Instant updatedAt;

  public static School create(UUID id, Instant now) {
    School school = new School();
    school.id = id;
    school.createdAt = now;
    return school;
  }

  public void describe(
      String name, String siret, LabelStatus status, LocalDate labelDate, Instant now) {
    this.name = name;
    this.siret = siret;
    this.labelStatus = status;
    this.labelDate = status == LabelStatus.LABELLED ? labelDate : null;
    this.updatedAt = now;
  }

  public static School bySiret(String siret) {
    return find("siret", siret).firstResult();
  }

  /**
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static School require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "school", id);
  }
}
