package fr.passerelle.prospection.opening;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.prospection.OpeningDetails;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.geo.CommuneDirectory;
import fr.passerelle.platform.geo.GeoPoint;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.pagination.Cursor;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.platform.web.problem.OutOfScopeException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.prospection.employer.Employer;
import fr.passerelle.prospection.employer.EmployerScope;
import fr.passerelle.prospection.opening.OpeningApi.NearbyOpening;
import fr.passerelle.prospection.opening.OpeningApi.NearestSites;
import fr.passerelle.prospection.opening.OpeningApi.OpeningRequest;
import fr.passerelle.prospection.opening.OpeningApi.OpeningView;
import fr.passerelle.prospection.opening.OpeningApi.SiteDistance;
import fr.passerelle.prospection.territory.KnownSite;
import fr.passerelle.prospection.territory.Network;
import fr.passerelle.prospection.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Openings: published from a contact with an employer of the caller's territory, filled or closed
 * by an officer, read by territory (a partner system reads the open ones), placed against the E2C
 * sites.
 */
@ApplicationScoped
public class OpeningService {

  static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private static final Comparator<Candidate> NEAREST_FIRST =
      Comparator.comparingDouble(Candidate::km).thenComparing(c -> c.opening().id);

  private final Territory territory;
  private final OpeningScope scope;
  private final EmployerScope employers;
  private final CommuneDirectory communes;
  private final Caller caller;
  private final EntityManager entityManager;
  private final Outbox outbox;
  private final Clock clock;

  OpeningService(
      Territory territory,
      OpeningScope scope,
      EmployerScope employers,
      CommuneDirectory communes,
      Caller caller,
      EntityManager entityManager,
      Outbox outbox,
      Clock clock) {
    this.territory = territory;
    this.scope = scope;
    this.employers = employers;
    this.communes = communes;
    this.caller = caller;
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * @throws fr.passerelle.platform.web.problem.OutOfScopeException (404) for an employer outside
   *     the caller's territory
   * @throws RuleViolationException (422) for a contact of another employer, an unknown commune or
   *     one outside the territory, dates reversed or an end already past
   */
  @Transactional
  public Versioned<OpeningView> publish(UUID employerId, OpeningRequest request) {
    Network network = territory.requireNetwork();
    Employer employer = employers.visible(employerId);
    if (request.contactId() != null) {
      requireContactOf(employer.id, request.contactId());
    }
    Commune commune =
        communes
            .byInseeCode(request.communeCode())
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "unknown-commune", "no current French commune has this INSEE code"));
    if (!territory.covers(commune.departmentCode())) {
      throw new RuleViolationException(
          "outside-territory",
          "the commune is in department "
              + commune.departmentCode()
              + ", outside the caller's territory");
    }
    Instant now = now();
    checkDates(request.startsOn(), request.endsOn(), LocalDate.ofInstant(now, FRANCE));
    Opening opening = new Opening();
    opening.id = UUID.randomUUID();
    opening.employerId = employer.id;
    opening.contactId = request.contactId();
    opening.network = network.name();
    opening.publishedBy = territory.officer();
    opening.kind = request.kind();
    opening.romeCode = request.romeCode();
    opening.title = request.title().strip();
    opening.communeCode = commune.inseeCode();
    opening.departmentCode = commune.departmentCode();
    opening.latitude = commune.latitude();
    opening.longitude = commune.longitude();
    opening.positions = request.positions();
    opening.startsOn = request.startsOn();
    opening.endsOn = request.endsOn();
    opening.status = OpeningStatus.OPEN;
    opening.createdAt = now;
    opening.updatedAt = now;
    opening.persist();
    publishEvent(ProspectionEvents.OPENING_PUBLISHED, opening, now);
    return OpeningView.versioned(opening);
  }

  @Transactional
  public Versioned<OpeningView> get(UUID id) {
    Opening opening = scope.visible(id);
    return new Versioned<>(view(opening), opening.version);
  }

  @Transactional
  public Page<OpeningView> list(OpeningFilter filter, PageRequest page) {
    return KeysetPage.of(Opening.class, "o")
        .where(scope.condition(), scope.parameters())
        .whereEquals("o.status", filter.status())
        .whereEquals("o.kind", filter.kind())
        .whereEquals("o.departmentCode", filter.department())
        .whereEquals("o.romeCode", filter.romeCode())
        .orderBy(SortKey.instant("o.createdAt", o -> o.createdAt), SortKey.uuid("o.id", o -> o.id))
        .fetch(page)
        .map(this::view);
  }

  /**
   * @throws fr.passerelle.platform.web.problem.ConflictException (409) when it is not open
   */
  @Transactional
  public Versioned<OpeningView> fill(UUID id, String ifMatch) {
    Opening opening = scope.visibleForUpdate(id);
    EntityTags.checkIfGiven(ifMatch, opening.version, "opening", id);
    Instant now = now();
    opening.fill(now);
    publishEvent(ProspectionEvents.OPENING_FILLED, opening, now);
    return OpeningView.versioned(opening);
  }

  /**
   * @throws fr.passerelle.platform.web.problem.ConflictException (409) when it is not open
   */
  @Transactional
  public Versioned<OpeningView> close(UUID id, String ifMatch) {
    Opening opening = scope.visibleForUpdate(id);
    EntityTags.checkIfGiven(ifMatch, opening.version, "opening", id);
    Instant now = now();
    opening.close(now);
    publishEvent(ProspectionEvents.OPENING_CLOSED, opening, now);
    return OpeningView.versioned(opening);
  }

  /** The active E2C sites nearest to the opening, whatever their department. */
  @Transactional
  public NearestSites nearestSites(UUID id, int limit) {
    Opening opening = scope.visible(id);
    GeoPoint from = opening.point();
    List<KnownSite> active = KnownSite.list("active", true);
    List<SiteDistance> nearest =
        active.stream()
            .map(site -> new SiteAt(site, from.distanceKm(site.point())))
            .sorted(Comparator.comparingDouble(SiteAt::km).thenComparing(s -> s.site().siteId))
            .limit(limit)
            .map(s -> SiteDistance.of(s.site(), s.km()))
            .toList();
    return new NearestSites(opening.id, opening.communeCode, nearest);
  }

  /**
   * Open openings of the caller's territory within the radius of a site, nearest first: for the E2C
   * teams looking for immersions near their site.
   *
   * @throws OutOfScopeException (404) for a site unknown, or neither in the caller's territory nor
   *     one of their own sites
   */
  @Transactional
  public Page<NearbyOpening> nearSite(
      UUID siteId, int radiusKm, OpeningKind kind, PageRequest page) {
    KnownSite site = KnownSite.findById(siteId);
    if (site == null
        || !(territory.covers(site.departmentCode) || caller.e2cSites().contains(siteId))) {
      throw new OutOfScopeException("site", siteId);
    }
    GeoPoint centre = site.point();
    double dLat = radiusKm / 110.574;
    double dLon =
        radiusKm / (111.320 * Math.max(0.01, Math.cos(Math.toRadians(centre.latitude()))));
    Map<String, Object> box = new HashMap<>(scope.parameters());
    box.put("status", OpeningStatus.OPEN);
    box.put("minLat", centre.latitude() - dLat);
    box.put("maxLat", centre.latitude() + dLat);
    box.put("minLon", centre.longitude() - dLon);
    box.put("maxLon", centre.longitude() + dLon);
    StringBuilder query =
        new StringBuilder("from Opening o where ")
            .append(scope.condition())
            .append(" and o.status = :status")
            .append(" and o.latitude between :minLat and :maxLat")
            .append(" and o.longitude between :minLon and :maxLon");
    if (kind != null) {
      query.append(" and o.kind = :kind");
      box.put("kind", kind);
    }
    var typed = entityManager.createQuery(query.toString(), Opening.class);
    box.forEach(typed::setParameter);
    Candidate after = page.cursor(2).map(OpeningService::position).orElse(null);
    List<Candidate> fetched =
        typed.getResultList().stream()
            .map(o -> new Candidate(o, centre.distanceKm(o.point())))
            .filter(c -> c.km() <= radiusKm)
            .filter(c -> after == null || NEAREST_FIRST.compare(c, after) > 0)
            .sorted(NEAREST_FIRST)
            .limit(page.limit() + 1L)
            .toList();
    return Page.of(fetched, page.limit(), c -> Cursor.after(c.km(), c.opening().id))
        .map(c -> new NearbyOpening(OpeningApi.round(c.km()), view(c.opening())));
  }

  private OpeningView view(Opening opening) {
    return scope.isPartner() ? OpeningView.forPartner(opening) : OpeningView.of(opening);
  }

  private void requireContactOf(UUID employerId, UUID contactId) {
    @SuppressWarnings("unchecked")
    List<UUID> owners =
        entityManager
            .createNativeQuery("select employer_id from contact where id = ?1", UUID.class)
            .setParameter(1, contactId)
            .getResultList();
    if (owners.isEmpty() || !owners.get(0).equals(employerId)) {
      throw new RuleViolationException(
          "contact-of-another-employer", "contactId names no contact of this employer");
    }
  }

  private static void checkDates(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      throw new RuleViolationException("ends-before-start", "endsOn is before startsOn");
    }
    if (endsOn != null && endsOn.isBefore(today)) {
      throw new RuleViolationException(
          "ends-in-past", "endsOn has passed: the opening would expire at once");
    }
  }

  void publishEvent(EventType<OpeningDetails> type, Opening opening, Instant now) {
    outbox.publish(type, opening.id, details(opening, now));
  }

  static OpeningDetails details(Opening o, Instant now) {
    return new OpeningDetails(
        o.id,
        o.employerId,
        o.network,
        o.kind.name(),
        o.romeCode,
        o.communeCode,
        o.departmentCode,
        o.positions,
        o.startsOn,
        o.endsOn,
        o.status.name(),
        now);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static Candidate position(Cursor cursor) {
    double km;
    try {
      km = Double.parseDouble(cursor.key(0));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("cursor is not valid for this list");
    }
    Opening at = new Opening();
    at.id = cursor.uuid(1);
    return new Candidate(at, km);
  }

  private record SiteAt(KnownSite site, double km) {}

  private record Candidate(Opening opening, double km) {}
}
