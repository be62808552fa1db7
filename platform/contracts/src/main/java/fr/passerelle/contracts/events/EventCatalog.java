package fr.passerelle.contracts.events;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import java.util.List;
import java.util.stream.Stream;

/** Every event type Passerelle publishes: what docs/events/README.md and the schemas describe. */
public final class EventCatalog {

  public static final List<EventType<?>> ALL =
      Stream.of(DirectoryEvents.ALL, ReferralEvents.ALL, ProspectionEvents.ALL)
          .flatMap(List::stream)
          .toList();

  private EventCatalog() {}
}
