package fr.passerelle.directory.pairing;

import fr.passerelle.directory.support.SiteOrAgencyFilter;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of GET /api/v1/pairings: a site's or an agency's, active ones unless asked. */
public class PairingFilter extends SiteOrAgencyFilter {

  @QueryParam("includeEnded")
  @Parameter(
      description =
          "Also the pairings that have ended (with their endedOn); by default only active ones",
      example = "true")
  boolean includeEnded;

  public boolean includeEnded() {
    return includeEnded;
  }
}
