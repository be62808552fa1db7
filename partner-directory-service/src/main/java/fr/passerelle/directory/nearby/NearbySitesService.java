package fr.passerelle.directory.nearby;

import fr.passerelle.directory.nearby.NearbyApi.NearbySite;
import fr.passerelle.directory.nearby.NearbyApi.NearbySites;
import fr.passerelle.directory.nearby.NearbyApi.NextSession;
import fr.passerelle.directory.nearby.NearbyApi.Origin;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.geo.CommuneDirectory;
import fr.passerelle.platform.geo.GeoPoint;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Nearest active sites: great-circle distances from the origin to every active site of the
 * in-memory {@link ActiveSitesIndex} (a few hundred), sorted and cut; no database round trip.
 */
@ApplicationScoped
public class NearbySitesService {

  private final CommuneDirectory communes;
  private final ActiveSitesIndex index;
  private final Clock clock;

  NearbySitesService(CommuneDirectory communes, ActiveSitesIndex index, Clock clock) {
    this.communes = communes;
    this.index = index;
    this.clock = clock;
  }

  public NearbySites find(NearbyQuery query) {
    Origin origin = origin(query);
    GeoPoint from = new GeoPoint(origin.latitude(), origin.longitude());
    Instant now = clock.instant();
    Instant until =
        query.freeSeatsWithinDays() == null
            ? null
            : now.plus(Duration.ofDays(query.freeSeatsWithinDays()));
    List<NearbySite> sites =
        index.entries().stream()
            .map(entry -> nearby(entry, from, now))
            .filter(nearby -> nearby.distanceKm() <= query.radiusKm())
            .filter(
                nearby ->
                    until == null
                        || (nearby.nextSessionWithFreeSeats() != null
                            && !nearby.nextSessionWithFreeSeats().startsAt().isAfter(until)))
            .sorted(Comparator.comparingDouble(NearbySite::distanceKm))
            .limit(query.limit())
            .toList();
    return new NearbySites(origin, sites);
  }

  private static NearbySite nearby(ActiveSitesIndex.Entry entry, GeoPoint from, Instant now) {
    NextSession next = entry.nextSession();
    return new NearbySite(
        round(from.distanceKm(entry.point())),
        entry.site(),
        next != null && next.startsAt().isAfter(now) ? next : null);
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
