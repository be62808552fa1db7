package fr.passerelle.directory.support;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the lists that belong to a site or an agency (referents, pairings). */
public class SiteOrAgencyFilter {

  @QueryParam("siteId")
  @Parameter(description = "Only those of this E2C site")
  UUID siteId;

  @QueryParam("agencyId")
  @Parameter(description = "Only those of this Pôle emploi agency")
  UUID agencyId;

  public UUID siteId() {
    return siteId;
  }

  public UUID agencyId() {
    return agencyId;
  }
}
