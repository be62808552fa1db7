package fr.passerelle.referral.privacy;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.referral.privacy.PrivacyApi.PersonLookup;
import fr.passerelle.referral.privacy.PrivacyApi.PersonReferral;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How the administrators acting for the data-protection officer find the referrals a request is
 * about, without reading them: an administrator never reads a young person's file.
 */
@Path("/api/v1/referrals/lookup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection")
@RolesAllowed(Roles.ADMIN)
public class PersonLookupResource {

  private final PrivacyService privacy;

  PersonLookupResource(PrivacyService privacy) {
    this.privacy = privacy;
  }

  @POST
  @Operation(
      summary = "Find a person's referrals, for erasure or the access log",
      description =
          "By exactly one of an externalRef (every referral of the people it names), the"
              + " pseudonymous person id, or the person's name and birth date (a POST, so that"
              + " the identity stays out of URLs and logs). Answers ids, statuses and dates, never"
              + " the referrals' content; then POST /referrals/{id}/erasure or GET"
              + " /referrals/{id}/access-log. A person whose referrals are all anonymised is found"
              + " by person id only. The lookup is written to the found referrals' access log.")
  public Page<PersonReferral> lookUp(
      @NotNull @Valid PersonLookup lookup, @Valid @BeanParam PageRequest page) {
    return privacy.lookUp(lookup, page);
  }
}
