package fr.passerelle.webhook.events;

import fr.passerelle.contracts.events.EventCatalog;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a subscription delivers to, from the role of the client that made it, and so which events it
 * may receive: what that client may read through the API, no more.
 *
 * <ul>
 *   <li>{@code ADMIN}: the directory's and prospection's events (it reads both, every territory);
 *       no referral event, as it reads no referral;
 *   <li>{@code PE_SYSTEM}: the directory's events, and the referral topic's events of the referrals
 *       and orientations submitted through its own client;
 *   <li>{@code PARTNER}: the directory's events (prospection's carry the employer, which the
 *       partner's view of openings hides).
 * </ul>
 */
public enum Audience {
  ADMIN(Set.of(DirectoryEvents.SERVICE, ProspectionEvents.SERVICE)),
  PE_SYSTEM(Set.of(DirectoryEvents.SERVICE, ReferralEvents.SERVICE)),
  PARTNER(Set.of(DirectoryEvents.SERVICE));

  private final List<EventType<?>> eventTypes;
  private final Set<String> types;

  Audience(Set<String> services) {
    this.eventTypes =
        EventCatalog.ALL.stream().filter(t -> services.contains(t.service())).toList();
    this.types = eventTypes.stream().map(EventType::type).collect(Collectors.toUnmodifiableSet());
  }

  public static Optional<Audience> of(Caller caller) {
    if (caller.is(Roles.ADMIN)) {
      return Optional.of(ADMIN);
    }
    if (caller.is(Roles.PE_SYSTEM)) {
      return Optional.of(PE_SYSTEM);
    }
    return caller.is(Roles.PARTNER) ? Optional.of(PARTNER) : Optional.empty();
  }

  /** The event types of the catalog this audience may receive. */
  public List<EventType<?>> eventTypes() {
    return eventTypes;
  }

  public boolean mayReceive(String eventType) {
    return types.contains(eventType);
  }

  /** Whether events of this aggregate reach it only when the aggregate is its client's. */
  public boolean ownsOnly(String eventType) {
    return this == PE_SYSTEM
        && eventType.startsWith("fr.passerelle." + ReferralEvents.SERVICE + ".");
  }
}
