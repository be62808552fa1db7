package fr.passerelle.directory.nearby;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.DirectoryReader;
import fr.passerelle.directory.nearby.NearbyApi.NearbySites;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/nearby")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites")
public class NearbySitesResource {

  private final NearbySitesService nearby;

  NearbySitesResource(NearbySitesService nearby) {
    this.nearby = nearby;
  }

  @GET
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(
      summary = "Nearest active sites",
      description =
          "From an INSEE commune code, a postal code, or coordinates: active sites within"
              + " radiusKm, nearest first, with the distance in km and their next session with free"
              + " seats. With freeSeatsWithinDays, only sites having such a session in that"
              + " window.")
  public NearbySites nearby(@Valid @BeanParam NearbyQuery query) {
    return nearby.find(query);
  }
}
