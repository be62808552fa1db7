package fr.passerelle.platform.testapp;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A role-protected endpoint: proves test tokens go through the real OIDC validation. */
@Path("/secured")
@Produces(MediaType.APPLICATION_JSON)
public class SecuredResource {

  @Inject SecurityIdentity identity;
  @Inject JsonWebToken token;

  @GET
  @RolesAllowed("directory-admin")
  public Map<String, Object> whoAmI() {
    return Map.of(
        "name", identity.getPrincipal().getName(),
        "roles", identity.getRoles(),
        "safir", String.valueOf(token.<Object>getClaim("safir")),
        "e2cSites", String.valueOf(token.<Object>getClaim("e2c_sites")),
        "verifiedBefore", identity.getAttribute("passerelle.token-remembered") != null);
  }

  /** Someone forgot to say who may call this: the platform's default refuses everyone. */
  @GET
  @Path("/forgotten")
  public Map<String, Object> forgotten() {
    return Map.of("leaked", true);
  }
}
