package fr.passerelle.referral.privacy;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.referral.privacy.PrivacyApi.AccessView;
import fr.passerelle.referral.privacy.PrivacyApi.ErasureRequest;
import fr.passerelle.referral.privacy.PrivacyApi.ErasureResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data protection, for the administrators acting for the data-protection officer. */
@Path("/api/v1/referrals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Data protection",
    description =
        "Access log and right of erasure, for the administrators acting for the data-protection"
            + " officer")
@RolesAllowed(Roles.ADMIN)
public class PrivacyResource {

  private final PrivacyService privacy;

  PrivacyResource(PrivacyService privacy) {
    this.privacy = privacy;
  }

  @POST
  @Path("/erasure")
  @Operation(
      summary = "Erase the young person's personal data (right of erasure)",
      description =
          "Anonymises every referral of the same person at once, withdrawing those still open;"
              + " the erasure itself is recorded (who, when, why, which referrals). Indicators"
              + " keep counting the referrals through the pseudonymous person id.")
  public ErasureResult erase(@PathParam("id") UUID id, @NotNull @Valid ErasureRequest request) {
    return privacy.erase(id, request.reason());
  }

  @GET
  @Path("/access-log")
  @Operation(
      summary = "Who read this referral's personal data",
      description =
          "Every read: who, with which roles, when, which operation and why; oldest first, one"
              + " page at a time.")
  public Page<AccessView> accessLog(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
    return privacy.accessLog(id, page);
  }
}
