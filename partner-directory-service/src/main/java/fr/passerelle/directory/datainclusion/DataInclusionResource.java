package fr.passerelle.directory.datainclusion;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.DirectoryReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/data-inclusion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "data·inclusion",
    description =
        "Export in the data·inclusion schema v1 (reseaux_porteurs ecoles-de-la-deuxieme-chance)")
public class DataInclusionResource {

  private final DataInclusionExport export;

  DataInclusionResource(DataInclusionExport export) {
    this.export = export;
  }

  @GET
  @Path("/structures")
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(
      summary = "Active sites as data·inclusion v1 structures",
      description = "All 20 v1 fields; id is passerelle--<site code>.")
  @APIResponse(
      responseCode = "200",
      description = "The active sites, the first " + DataInclusion.MAX_STRUCTURES + " by code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = Structure.class,
                      maxItems = DataInclusion.MAX_STRUCTURES)))
  public List<Structure> structures() {
    return export.structures();
  }

  @GET
  @Path("/services")
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(
      summary = "Active sites' offers as data·inclusion v1 services",
      description =
          "Per site: the E2C path (type accompagnement) and, when sessions are scheduled, the"
              + " information sessions (type information).")
  @APIResponse(
      responseCode = "200",
      description = "Up to two services per listed site",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = Service.class,
                      maxItems = DataInclusion.MAX_SERVICES)))
  public List<Service> services() {
    return export.services();
  }
}
