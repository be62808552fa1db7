package fr.passerelle.prospection.employer;

import fr.passerelle.contracts.events.prospection.EmployerRegistered;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.geo.CommuneDirectory;
import fr.passerelle.platform.geo.GeoPoint;
import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.geo.Locator;
import fr.passerelle.platform.identifiers.FrenchIdentifiers;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.ExistingResourceException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.prospection.employer.EmployerApi.EmployerRequest;
import fr.passerelle.prospection.employer.EmployerApi.EmployerView;
import fr.passerelle.prospection.territory.Network;
import fr.passerelle.prospection.territory.Territory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Employers of the caller's territory: registered once per SIRET (a second registration names the
 * first, also when twenty arrive at once), updated with their version, searched in a stable order.
 */
@ApplicationScoped
public class EmployerService {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
  private static final String ONE_PER_SIRET = "employer_one_per_siret";
  private static final UUID NO_EMPLOYER = new UUID(0, 0);

  private final Territory territory;
  private final EmployerScope scope;
  private final Locator locator;
  private final CommuneDirectory communes;
  private final Outbox outbox;
  private final EmployerNames names;
  private final Clock clock;

  EmployerService(
      Territory territory,
      EmployerScope scope,
      Locator locator,
      CommuneDirectory communes,
      Outbox outbox,
      EmployerNames names,
      Clock clock) {
    this.territory = territory;
    this.scope = scope;
    this.locator = locator;
    this.communes = communes;
    this.outbox = outbox;
    this.names = names;
    this.clock = clock;
  }

  /**
   * @throws ExistingResourceException (409) when the SIRET is registered already
   * @throws RuleViolationException (422) for an unknown commune, a postal code of another one, or a
   *     commune outside the caller's territory
   */
  @Transactional
  public Versioned<EmployerView> register(EmployerRequest request) {
    Network network = territory.requireNetwork();
    refuseDuplicate(request.siret());
    Instant now = clock.instant();
    Employer employer = new Employer();
    employer.id = UUID.randomUUID();
    employer.siret = request.siret();
    employer.siren = request.siret().substring(0, 9);
    employer.registeredBy = territory.officer();
    employer.registeredNetwork = network.name();
    employer.createdAt = now;
    apply(employer, request, now);
    try {
      employer.persistAndFlush();
    } catch (ConstraintViolationException e) {
      if (!ONE_PER_SIRET.equals(e.getConstraintName())) {
        throw e;
      }
      // A twin registration committed meanwhile: name it, read outside this failed transaction.
      throw duplicateOf(
          QuarkusTransaction.requiringNew().call(() -> Employer.bySiret(request.siret())));
    }
    outbox.publish(
        ProspectionEvents.EMPLOYER_REGISTERED,
        employer.id,
        new EmployerRegistered(
            employer.id,
            employer.siren,
            employer.nafCode,
            employer.headcountBand == null ? null : employer.headcountBand.code(),
            employer.communeCode,
            employer.departmentCode,
            employer.regionCode,
            network.name(),
            now));
    return EmployerView.versioned(employer, now);
  }

  @Transactional
  public Versioned<EmployerView> update(UUID id, String ifMatch, EmployerRequest request) {
    Employer employer = scope.visibleForUpdate(id);
    EntityTags.requireMatch(ifMatch, employer.version, "employer", id);
    if (!employer.siret.equals(request.siret())) {
      throw new RuleViolationException(
          "siret-fixed", "an employer keeps its SIRET; register the other establishment");
    }
    Instant now = clock.instant();
    apply(employer, request, now);
    return EmployerView.versioned(employer, now);
  }

  @Transactional
  public Versioned<EmployerView> get(UUID id) {
    Employer employer = scope.visible(id);
    return new Versioned<>(EmployerView.of(employer, clock.instant()), employer.version);
  }

  @Transactional
  public Page<EmployerView> search(EmployerFilter filter, PageRequest page) {
    Instant now = clock.instant();
    KeysetPage<Employer> query =
        KeysetPage.of(Employer.class, "e")
            .where(territory.condition("e.departmentCode"), territory.parameter())
            .whereEquals("e.departmentCode", filter.department())
            .whereEquals(
                "e.nafCode",
                filter.nafCode() == null
                    ? null
                    : FrenchIdentifiers.normalizeNafCode(filter.nafCode()))
            .whereEquals("e.headcountBand", filter.headcountBand());
    if (filter.q() != null) {
      query = matching(query, filter, page);
    }
    if (filter.nearCommune() != null) {
      query = around(query, filter.nearCommune(), filter.radiusKm());
    }
    if (filter.notContactedForDays() != null) {
      LocalDate since = LocalDate.ofInstant(now, FRANCE).minusDays(filter.notContactedForDays());
      query =
          query.where(
              "(e.lastContactOn is null or e.lastContactOn <= :contactedBefore)",
              "contactedBefore",
              since);
    }
    if (filter.ledBy() != null) {
      query = ledBy(query, filter.ledBy(), now);
    }
    return query
        .orderBy(SortKey.text("e.searchName", e -> e.searchName), SortKey.uuid("e.id", e -> e.id))
        .fetch(page)
        .map(e -> EmployerView.of(e, now));
  }

  private KeysetPage<Employer> matching(
      KeysetPage<Employer> query, EmployerFilter filter, PageRequest page) {
    String digits = filter.q().replace(" ", "");
    if (digits.chars().allMatch(Character::isDigit)) {
      return query.where("e.siret like :siretPrefix", "siretPrefix", digits + "%");
    }
    String name = SearchNames.of(filter.q());
    if (name.isEmpty()) {
      return query; // punctuation only: every name matches
    }
    if (filter.onlyNameAndDepartment()) {
      // The page's ids straight from the name words: no scan of every employer the name matches.
      Set<String> departments =
          filter.department() != null
              ? Set.of(filter.department())
              : territory.isNational() ? null : territory.departments();
      Optional<List<UUID>> ids = names.page(departments, name, page.cursor(2), page.limit() + 1);
      if (ids.isPresent()) {
        return query.where(
            "e.id in :nameMatches",
            "nameMatches",
            ids.get().isEmpty() ? List.of(NO_EMPLOYER) : ids.get());
      }
    }
    return query.where(
        "(e.searchName like :namePrefix or e.searchName like :wordPrefix)",
        java.util.Map.of("namePrefix", name + "%", "wordPrefix", "% " + name + "%"));
  }

  /** Within the radius, by an equirectangular distance: exact enough at these distances. */
  private KeysetPage<Employer> around(KeysetPage<Employer> query, String communeCode, int km) {
    GeoPoint centre =
        communes
            .byInseeCode(communeCode)
            .map(c -> new GeoPoint(c.latitude(), c.longitude()))
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "unknown-commune", "no current French commune has this INSEE code"));
    double kmPerDegreeLatitude = 110.574;
    double kmPerDegreeLongitude = 111.320 * Math.cos(Math.toRadians(centre.latitude()));
    double dLat = km / kmPerDegreeLatitude;
    double dLon = km / kmPerDegreeLongitude;
    return query.where(
        "e.latitude between :minLat and :maxLat and e.longitude between :minLon and :maxLon"
            + " and ((e.latitude - :lat) * :kmLat) * ((e.latitude - :lat) * :kmLat)"
            + " + ((e.longitude - :lon) * :kmLon) * ((e.longitude - :lon) * :kmLon) <= :km2",
        java.util.Map.of(
            "minLat",
            centre.latitude() - dLat,
            "maxLat",
            centre.latitude() + dLat,
            "minLon",
            centre.longitude() - dLon,
            "maxLon",
            centre.longitude() + dLon,
            "lat",
            centre.latitude(),
            "lon",
            centre.longitude(),
            "kmLat",
            kmPerDegreeLatitude,
            "kmLon",
            kmPerDegreeLongitude,
            "km2",
            (double) km * km));
  }

  private KeysetPage<Employer> ledBy(
      KeysetPage<Employer> query, EmployerFilter.LedBy who, Instant now) {
    return switch (who) {
      case NOBODY -> query.where("(e.leadNetwork is null or e.leadUntil <= :now)", "now", now);
      case MY_NETWORK ->
          query.where(
              "e.leadNetwork = :network and e.leadUntil > :now",
              java.util.Map.of("network", territory.requireNetwork().name(), "now", now));
      case OTHER_NETWORK ->
          query.where(
              "e.leadNetwork <> :network and e.leadUntil > :now",
              java.util.Map.of("network", territory.requireNetwork().name(), "now", now));
    };
  }

  private void apply(Employer employer, EmployerRequest request, Instant now) {
    Location location = locator.locate(request.communeCode(), request.postalCode(), null, null);
    if (!territory.covers(location.departmentCode())) {
      throw new RuleViolationException(
          "outside-territory",
          "the commune is in department "
              + location.departmentCode()
              + ", outside the caller's territory");
    }
    employer.name = request.name().strip();
    employer.searchName = SearchNames.of(request.name());
    employer.nafCode =
        request.nafCode() == null ? null : FrenchIdentifiers.normalizeNafCode(request.nafCode());
    employer.headcountBand = request.headcountBand();
    employer.street = request.street();
    employer.communeCode = location.communeCode();
    employer.postalCode = location.postalCode();
    employer.departmentCode = location.departmentCode();
    employer.regionCode = location.regionCode();
    employer.latitude = location.latitude();
    employer.longitude = location.longitude();
    employer.romeCodes = request.romeCodes() == null ? List.of() : List.copyOf(request.romeCodes());
    employer.updatedAt = now;
  }

  private void refuseDuplicate(String siret) {
    Employer existing = Employer.bySiret(siret);
    if (existing != null) {
      throw duplicateOf(existing);
    }
  }

  private static ExistingResourceException duplicateOf(Employer existing) {
    return new ExistingResourceException(
        "an employer with this SIRET is registered already",
        existing.id,
        URI.create("/api/v1/prospection/employers/" + existing.id));
  }
}
