package fr.passerelle.directory.nearby;

import fr.passerelle.directory.geo.Commune;
import fr.passerelle.directory.geo.CommuneDirectory;
import fr.passerelle.directory.geo.GeoPoint;
import fr.passerelle.directory.nearby.NearbyApi.NearbySite;
import fr.passerelle.directory.nearby.NearbyApi.NearbySites;
import fr.passerelle.directory.nearby.NearbyApi.NextSession;
import fr.passerelle.directory.nearby.NearbyApi.Origin;
import fr.passerelle.directory.session.InformationSession;
import fr.passerelle.directory.session.SessionEnums.SessionStatus;
import fr.passerelle.directory.site.Site;
import fr.passerelle.directory.site.SiteApi.SiteView;
import fr.passerelle.directory.site.SiteStatus;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * Nearest active sites. A bounding box on the indexed coordinates narrows the candidates in the
 * database; exact great-circle distances then sort and cut them.
 */
@ApplicationScoped
public class NearbySitesService {

  private static final double KM_PER_DEGREE_LATITUDE = 111.2;

  private final CommuneDirectory communes;
  private final Clock clock;

  NearbySitesService(CommuneDirectory communes, Clock clock) {
    this.communes = communes;
    this.clock = clock;
  }

  /**
   * Reads only, so no transaction: two autocommit queries spare the COMMIT round trip and the
   * transaction manager on the directory's busiest operation.
   */
  public NearbySites find(NearbyQuery query) {
    Origin origin = origin(query);
    GeoPoint from = new GeoPoint(origin.latitude(), origin.longitude());
    double latSpan = query.radiusKm() / KM_PER_DEGREE_LATITUDE;
    double lonSpan =
        query.radiusKm()
            / (KM_PER_DEGREE_LATITUDE * Math.max(0.01, Math.cos(Math.toRadians(from.latitude()))));
    List<Site> candidates =
        Site.<Site>find(
                "status = :active and latitude between :minLat and :maxLat"
                    + " and longitude between :minLon and :maxLon",
                Parameters.with("active", SiteStatus.ACTIVE)
                    .and("minLat", from.latitude() - latSpan)
                    .and("maxLat", from.latitude() + latSpan)
                    .and("minLon", from.longitude() - lonSpan)
                    .and("maxLon", from.longitude() + lonSpan))
            .withHint(HibernateHints.HINT_READ_ONLY, true)
            .list();
    Map<UUID, NextSession> nextSessions = nextSessionsWithFreeSeats(candidates, query);
    List<NearbySite> sites =
        candidates.stream()
            .map(
                site ->
                    new NearbySite(
                        round(from.distanceKm(new GeoPoint(site.latitude, site.longitude))),
                        SiteView.of(site),
                        nextSessions.get(site.id)))
            .filter(nearby -> nearby.distanceKm() <= query.radiusKm())
            .filter(
                nearby ->
                    query.freeSeatsWithinDays() == null
                        || nearby.nextSessionWithFreeSeats() != null)
            .sorted(Comparator.comparingDouble(NearbySite::distanceKm))
            .limit(query.limit())
            .toList();
    return new NearbySites(origin, sites);
  }

  private Map<UUID, NextSession> nextSessionsWithFreeSeats(List<Site> sites, NearbyQuery query) {
    Map<UUID, NextSession> next = new HashMap<>();
    if (sites.isEmpty()) {
      return next;
    }
    Instant now = clock.instant();
    Instant until =
        now.plus(
            Duration.ofDays(
                query.freeSeatsWithinDays() == null ? 365 : query.freeSeatsWithinDays()));
    List<InformationSession> sessions =
        InformationSession.<InformationSession>find(
                "siteId in :sites and status = :scheduled and seatsBooked < capacity"
                    + " and startsAt > :now and startsAt <= :until order by startsAt",
                Parameters.with("sites", sites.stream().map(s -> s.id).toList())
                    .and("scheduled", SessionStatus.SCHEDULED)
                    .and("now", now)
                    .and("until", until))
            .withHint(HibernateHints.HINT_READ_ONLY, true)
            .list();
    for (InformationSession session : sessions) {
      next.putIfAbsent(
          session.siteId, new NextSession(session.id, session.startsAt, session.seatsLeft()));
    }
    return next;
  }

  private Origin origin(NearbyQuery query) {
    int given =
        (query.communeCode() != null ? 1 : 0)
            + (query.postalCode() != null ? 1 : 0)
            + (query.latitude() != null || query.longitude() != null ? 1 : 0);
    if (given != 1) {
      throw new InvalidRequestException(
          "give exactly one origin: communeCode, postalCode, or latitude and longitude");
    }
    if (query.communeCode() != null) {
      return originOf(
          communes
              .byInseeCode(query.communeCode())
              .orElseThrow(
                  () ->
                      new RuleViolationException(
                          "unknown-commune", "no current French commune has this INSEE code")));
    }
    if (query.postalCode() != null) {
      List<Commune> served = communes.byPostalCode(query.postalCode());
      if (served.isEmpty()) {
        throw new RuleViolationException("unknown-postal-code", "no commune has this postal code");
      }
      return originOf(served.get(0));
    }
    if (query.latitude() == null || query.longitude() == null) {
      throw new InvalidRequestException("give both latitude and longitude");
    }
    return new Origin(null, null, query.latitude(), query.longitude());
  }

  private static Origin originOf(Commune commune) {
    return new Origin(commune.inseeCode(), commune.name(), commune.latitude(), commune.longitude());
  }

  private static double round(double km) {
    return Math.round(km * 10) / 10.0;
  }
}
