package fr.passerelle.referral.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The record that a person's data was erased on request: by whom, when, why, which referrals. */
@Entity
public class Erasure extends PanacheEntityBase {

  @Id public UUID id;
  public UUID personId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<UUID> referralIds;

  public String requestedBy;
  public String reason;
  public Instant erasedAt;
}
