package fr.passerelle.prospection.territory;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.directory.AgencyUpserted;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.platform.consumer.EventApplier;
import fr.passerelle.platform.consumer.EventConsumer;
import fr.passerelle.platform.events.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the local copy of Pôle emploi agencies from the directory's {@code agency-upserted} events:
 * a company advisor's territory is their agency's department. Channel: {@code
 * mp.messaging.incoming.prospection-agencies.*}.
 */
@ApplicationScoped
public class AgenciesFromDirectory implements EventConsumer {

  static final String NAME = "prospection-agencies";

  private final ObjectMapper mapper;
  private final EventApplier events;

  AgenciesFromDirectory(ObjectMapper mapper, EventApplier events) {
    this.mapper = mapper;
    this.events = events;
  }

  @Incoming(NAME)
  @Blocking
  void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
    events.apply(this, record);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void handle(InboundEvent event) {
    if (!event.is(DirectoryEvents.AGENCY_UPSERTED)) {
      return; // Sites, sessions, referents and seats are other consumers' business.
    }
    AgencyUpserted agency = event.payload(DirectoryEvents.AGENCY_UPSERTED, mapper);
    KnownAgency known = KnownAgency.findById(agency.safir());
    boolean isNew = known == null;
    if (isNew) {
      known = new KnownAgency();
      known.safir = agency.safir();
    }
    known.agencyId = agency.agencyId();
    known.departmentCode = agency.departmentCode();
    known.regionCode = agency.regionCode();
    known.updatedAt = event.timeOrNow();
    if (isNew) {
      known.persist();
    }
  }
}
