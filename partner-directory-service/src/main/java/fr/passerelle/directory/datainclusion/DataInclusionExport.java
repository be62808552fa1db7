package fr.passerelle.directory.datainclusion;

import fr.passerelle.directory.school.School;
import fr.passerelle.directory.session.InformationSession;
import fr.passerelle.directory.session.SessionEnums.Format;
import fr.passerelle.directory.session.SessionEnums.SessionStatus;
import fr.passerelle.directory.site.Site;
import fr.passerelle.directory.site.SiteStatus;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.geo.CommuneDirectory;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Active sites as data·inclusion v1 structures; for each, the E2C path as an {@code accompagnement}
 * service and, when it has upcoming sessions, its information sessions as an {@code information}
 * service. Which v1 values fit an E2C is our mapping choice (the schema does not define E2C
 * services): see the service README.
 */
@ApplicationScoped
public class DataInclusionExport {

  static final String PUBLIC_PRECISIONS =
      "Jeunes de 16 à 25 ans sortis du système scolaire sans diplôme ni qualification"
          + " professionnelle, sans emploi ni formation.";
  static final List<String> PATH_THEMES =
      List.of(
          "choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
          "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
          "choisir-un-metier--confirmer-son-choix-de-metier",
          "lecture-ecriture-calcul--maitriser-le-francais",
          "lecture-ecriture-calcul--maitriser-le-calcul",
          "numerique--maitriser-les-fondamentaux-du-numerique",
          "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
          "remobilisation--bien-etre-confiance-en-soi");
  static final List<String> SESSION_THEMES =
      List.of(
          "se-former--trouver-sa-formation",
          "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite");

  private final CommuneDirectory communes;
  private final Clock clock;

  DataInclusionExport(CommuneDirectory communes, Clock clock) {
    this.communes = communes;
    this.clock = clock;
  }

  @Transactional
  public List<Structure> structures() {
    List<Site> sites = activeSites();
    Map<UUID, School> schools = schoolsOf(sites);
    return sites.stream().map(site -> structure(site, schools.get(site.schoolId))).toList();
  }

  @Transactional
  public List<Service> services() {
    List<Site> sites = activeSites();
    Map<UUID, List<InformationSession>> upcoming = upcomingSessions(sites);
    List<Service> services = new ArrayList<>();
    for (Site site : sites) {
      services.add(path(site));
      List<InformationSession> sessions = upcoming.getOrDefault(site.id, List.of());
      if (!sessions.isEmpty()) {
        services.add(informationSessions(site, sessions));
      }
    }
    return services;
  }

  private static List<Site> activeSites() {
    return Site.<Site>find("status = ?1 order by code", SiteStatus.ACTIVE)
        .range(0, DataInclusion.MAX_STRUCTURES - 1)
        .list();
  }

  private static Map<UUID, School> schoolsOf(List<Site> sites) {
    List<UUID> ids = sites.stream().map(s -> s.schoolId).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return School.<School>list("id in ?1", ids).stream()
        .collect(Collectors.toMap(s -> s.id, Function.identity()));
  }

  private Map<UUID, List<InformationSession>> upcomingSessions(List<Site> sites) {
    if (sites.isEmpty()) {
      return Map.of();
    }
    return InformationSession.<InformationSession>list(
            "siteId in :sites and status = :scheduled and startsAt > :now order by startsAt",
            Parameters.with("sites", sites.stream().map(s -> s.id).toList())
                .and("scheduled", SessionStatus.SCHEDULED)
                .and("now", clock.instant()))
        .stream()
        .collect(Collectors.groupingBy(s -> s.siteId));
  }

  private Structure structure(Site site, School school) {
    return new Structure(
        DataInclusion.SOURCE,
        DataInclusion.structureId(site.code),
        name(site.name),
        date(site.updatedAt),
        "École de la 2e Chance"
            + (school == null ? "" : " — " + school.name)
            + ". Parcours personnalisé vers l'emploi ou la formation qualifiante, en alternance"
            + " entre l'école et l'entreprise, pour les jeunes de 16 à 25 ans sans diplôme.",
        null,
        school == null ? null : school.siret,
        communeName(site.communeCode),
        site.street,
        null,
        site.postalCode,
        site.communeCode,
        site.longitude,
        site.latitude,
        site.phone,
        site.email,
        null,
        site.openingHours,
        null,
        List.of(DataInclusion.E2C_NETWORK));
  }

  private Service path(Site site) {
    return service(
        site,
        "--parcours",
        "Parcours E2C — " + site.name,
        "Parcours de formation individualisé de l'École de la 2e Chance : remise à niveau des"
            + " savoirs de base, construction du projet professionnel, stages en entreprise en"
            + " alternance, accompagnement social, jusqu'à l'emploi ou une formation"
            + " qualifiante. Entrée tout au long de l'année après une information collective.",
        date(site.updatedAt),
        "accompagnement",
        PATH_THEMES,
        List.of("en-presentiel"));
  }

  private Service informationSessions(Site site, List<InformationSession> sessions) {
    InformationSession next = sessions.get(0);
    boolean remote = sessions.stream().anyMatch(s -> s.format == Format.VIDEO);
    boolean inPerson = sessions.stream().anyMatch(s -> s.format == Format.IN_PERSON);
    List<String> modes = new ArrayList<>();
    if (inPerson) {
      modes.add("en-presentiel");
    }
    if (remote) {
      modes.add("a-distance");
    }
    Instant lastChange =
        sessions.stream()
            .map(s -> s.updatedAt)
            .max(Comparator.naturalOrder())
            .orElse(site.updatedAt);
    return service(
        site,
        "--information-collective",
        "Information collective — " + site.name,
        "Réunion d'information collective de l'École de la 2e Chance : présentation du parcours,"
            + " des stages en entreprise et de l'accompagnement, suivie d'un entretien"
            + " individuel. "
            + sessions.size()
            + " session(s) à venir, la prochaine le "
            + next.startsAt.atOffset(ZoneOffset.UTC).toLocalDate()
            + ".",
        date(lastChange),
        "information",
        SESSION_THEMES,
        modes);
  }

  private Service service(
      Site site,
      String idSuffix,
      String name,
      String description,
      LocalDate updated,
      String type,
      List<String> themes,
      List<String> modesAccueil) {
    List<String> mobilisation = new ArrayList<>();
    if (site.phone != null) {
      mobilisation.add("telephoner");
    }
    if (site.email != null) {
      mobilisation.add("envoyer-un-courriel");
    }
    return new Service(
        DataInclusion.SOURCE,
        DataInclusion.structureId(site.code),
        DataInclusion.structureId(site.code) + idSuffix,
        name(name),
        description,
        null,
        updated,
        type,
        themes,
        "gratuit",
        null,
        List.of("jeunes"),
        PUBLIC_PRECISIONS,
        null,
        communeName(site.communeCode),
        site.postalCode,
        site.communeCode,
        site.street,
        null,
        site.longitude,
        site.latitude,
        site.phone,
        site.email,
        modesAccueil,
        List.of(site.departmentCode),
        null,
        null,
        mobilisation.isEmpty() ? null : mobilisation,
        List.of("usagers", "professionnels"),
        "Orientation par un conseiller France Travail, une mission locale ou tout"
            + " professionnel ; candidature directe possible.",
        null,
        null,
        site.openingHours);
  }

  private String communeName(String inseeCode) {
    return communes.byInseeCode(inseeCode).map(Commune::name).orElse(null);
  }

  /** v1 names are 3 to 150 characters. */
  private static String name(String value) {
    return value.length() <= 150 ? value : value.substring(0, 149) + "…";
  }

  private static LocalDate date(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
