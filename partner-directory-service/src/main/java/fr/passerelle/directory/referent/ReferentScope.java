package fr.passerelle.directory.referent;

import fr.passerelle.directory.access.ManagementRights;
import fr.passerelle.platform.security.AggregateScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * The referents the caller manages: an agency's referents are the directory admins', a site's those
 * of its E2C staff too. Changing one outside this scope is answered 404.
 */
@RequestScoped
public class ReferentScope extends AggregateScope<Referent, UUID> {

  private final ManagementRights rights;

  ReferentScope(ManagementRights rights) {
    this.rights = rights;
  }

  @Override
  public boolean sees(Referent referent) {
    return referent.agencyId != null
        ? rights.managesEverything()
        : rights.managesSite(referent.siteId);
  }

  @Override
  protected String resource() {
    return "referent";
  }

  @Override
  protected Referent find(UUID id, LockModeType lock) {
    return Referent.findById(id, lock);
  }
}
