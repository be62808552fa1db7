package fr.passerelle.prospection.territory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A Pôle emploi agency as the directory last described it in its events. */
@Entity
public class KnownAgency extends PanacheEntityBase {

  @Id public String safir;
  public UUID agencyId;
  public String departmentCode;
  public String regionCode;
  public Instant updatedAt;
}
