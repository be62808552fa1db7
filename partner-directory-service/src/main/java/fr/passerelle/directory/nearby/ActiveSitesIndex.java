package fr.passerelle.directory.nearby;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.config.DirectoryConfig;
import fr.passerelle.directory.nearby.NearbyApi.NextSession;
import fr.passerelle.directory.session.InformationSession;
import fr.passerelle.directory.site.Site;
import fr.passerelle.directory.site.SiteApi.SiteView;
import fr.passerelle.directory.site.SiteStatus;
import fr.passerelle.platform.geo.GeoPoint;
import fr.passerelle.platform.outbox.EventRecorded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The active sites and their next session with free seats, held in memory for the nearest-sites
 * query, the directory's busiest read: a few hundred sites, read from the database again after a
 * change committed in this replica (its event tells), and at least every {@code
 * passerelle.directory.nearby-refresh} (changes made by other replicas).
 */
@ApplicationScoped
public class ActiveSitesIndex {

  /** What changes the active sites or their next session with free seats. */
  private static final Set<EventType<?>> CHANGES =
      Set.of(
          DirectoryEvents.SITE_CREATED,
          DirectoryEvents.SITE_UPDATED,
          DirectoryEvents.SITE_CLOSED,
          DirectoryEvents.SESSION_SCHEDULED,
          DirectoryEvents.SESSION_UPDATED,
          DirectoryEvents.SESSION_CANCELLED,
          DirectoryEvents.SESSION_DONE,
          DirectoryEvents.SEATS_CHANGED);

  /** One active site, where it is, and its next session with free seats (null when none). */
  record Entry(SiteView site, GeoPoint point, NextSession nextSession) {}

  private record Snapshot(List<Entry> entries, Instant loadedAt) {}

  private final Clock clock;
  private final Duration refresh;
  private volatile Snapshot snapshot;
  private volatile boolean stale = true;

  ActiveSitesIndex(Clock clock, DirectoryConfig config) {
    this.clock = clock;
    this.refresh = config.nearbyRefresh();
  }

  /** The active sites as of the last change this replica committed (or a few seconds ago). */
  List<Entry> entries() {
    Snapshot current = snapshot;
    if (stale || current == null || current.loadedAt().plus(refresh).isBefore(clock.instant())) {
      current = reload();
    }
    return current.entries();
  }

  /**
   * Every change to sites, sessions or seats publishes its event: the index is read again once the
   * change commits (not before, or a read in between would keep the old state).
   */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventRecorded event) {
    if (CHANGES.contains(event.type())) {
      stale = true;
    }
  }

  private synchronized Snapshot reload() {
    if (!stale
        && snapshot != null
        && !snapshot.loadedAt().plus(refresh).isBefore(clock.instant())) {
      return snapshot;
    }
    stale = false;
    Instant now = clock.instant();
    Snapshot loaded = QuarkusTransaction.requiringNew().call(() -> load(now));
    snapshot = loaded;
    return loaded;
  }

  private static Snapshot load(Instant now) {
    List<Site> sites = Site.list("status", SiteStatus.ACTIVE);
    Map<UUID, NextSession> next = new HashMap<>();
    if (!sites.isEmpty()) {
      List<InformationSession> sessions =
          InformationSession.list(
              "from InformationSession s where "
                  + InformationSession.hasFreeSeats("s")
                  + " order by s.startsAt",
              Parameters.with("now", now));
      for (InformationSession session : sessions) {
        next.putIfAbsent(
            session.siteId, new NextSession(session.id, session.startsAt, session.seatsLeft()));
      }
    }
    List<Entry> entries =
        sites.stream()
            .map(
                site ->
                    new Entry(
                        SiteView.of(site),
                        new GeoPoint(site.latitude, site.longitude),
                        next.get(site.id)))
            .toList();
    return new Snapshot(entries, now);
  }
}
