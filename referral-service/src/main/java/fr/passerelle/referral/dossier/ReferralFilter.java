package fr.passerelle.referral.dossier;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of GET /api/v1/referrals, as query parameters. */
public class ReferralFilter {

  @QueryParam("status")
  @Parameter(description = "Only this status")
  Status status;

  @QueryParam("siteId")
  @Parameter(description = "Only this E2C site")
  UUID siteId;

  public Status status() {
    return status;
  }

  public UUID siteId() {
    return siteId;
  }
}
