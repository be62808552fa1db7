package fr.passerelle.webhook.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The client a referral or an orientation was submitted through, from its first event. */
@Entity
@Table(name = "aggregate_owner")
public class AggregateOwner extends PanacheEntityBase {

  @Id public String aggregateId;
  public String clientId;
}
