package fr.passerelle.referral.booking;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The directory's seat reservations, called with this service's own token (client credentials,
 * {@code quarkus.oidc-client.*}). Timeouts: {@code quarkus.rest-client.directory.*-timeout}.
 */
@RegisterRestClient(configKey = "directory")
@OidcClientFilter
@Path("/api/v1/sessions/{sessionId}/reservations/{referralId}")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryReservations {

  @PUT
  Response book(@PathParam("sessionId") UUID sessionId, @PathParam("referralId") UUID referralId);

  @DELETE
  Response release(
      @PathParam("sessionId") UUID sessionId, @PathParam("referralId") UUID referralId);
}
