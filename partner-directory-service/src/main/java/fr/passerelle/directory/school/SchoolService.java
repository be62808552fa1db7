package fr.passerelle.directory.school;

import fr.passerelle.directory.school.SchoolApi.SchoolRequest;
import fr.passerelle.directory.school.SchoolApi.SchoolView;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.ExistingResourceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class SchoolService {

  private static final Logger LOG = Logger.getLogger(SchoolService.class);

  private final Clock clock;

  SchoolService(Clock clock) {
    this.clock = clock;
  }

  @Transactional
  public SchoolView create(SchoolRequest request) {
    refuseDuplicateSiret(request.siret(), null);
    School school = School.create(UUID.randomUUID(), clock.instant());
    school.describe(
        request.name(),
        request.siret(),
        request.labelStatus(),
        request.labelDate(),
        clock.instant());
    school.persistAndFlush();
    LOG.infof("School %s created", school.id);
    return SchoolView.of(school);
  }

  @Transactional
  public SchoolView update(UUID id, String ifMatch, SchoolRequest request) {
    School school = School.require(id);
    EntityTags.requireMatch(ifMatch, school.version, "school", id);
    refuseDuplicateSiret(request.siret(), id);
    school.describe(
        request.name(),
        request.siret(),
        request.labelStatus(),
        request.labelDate(),
        clock.instant());
    School.getEntityManager().flush();
    LOG.infof("School %s updated", id);
    return SchoolView.of(school);
  }

  @Transactional
  public SchoolView get(UUID id) {
    return SchoolView.of(School.require(id));
  }

  @Transactional
  public Page<SchoolView> list(PageRequest page) {
    return KeysetPage.of(School.class, "s")
        .orderBy(SortKey.uuid("s.id", s -> s.id))
        .fetch(page)
        .map(SchoolView::of);
  }

  private static void refuseDuplicateSiret(String siret, UUID self) {
    School existing = School.bySiret(siret);
    if (existing != null && !existing.id.equals(self)) {
      throw new ExistingResourceException(
          "a school with this SIRET already exists",
          existing.id,
          URI.create("/api/v1/schools/" + existing.id));
    }
  }
}
