package fr.passerelle.directory.school;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.DirectoryReader;
import fr.passerelle.directory.school.SchoolApi.SchoolRequest;
import fr.passerelle.directory.school.SchoolApi.SchoolView;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schools", description = "E2C schools, the legal entities that run the sites")
public class SchoolResource {

  private final SchoolService schools;

  SchoolResource(SchoolService schools) {
    this.schools = schools;
  }

  @GET
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(summary = "List schools", description = "Ordered by id, cursor-paginated.")
  public Page<SchoolView> list(@Valid @BeanParam PageRequest page) {
    return schools.list(page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(summary = "Get a school", description = "With its version as ETag.")
  @APIResponseSchema(
      value = SchoolView.class,
      responseCode = "200",
      responseDescription = "The school, ETag = its version")
  public Response get(@PathParam("id") UUID id) {
    SchoolView school = schools.get(id);
    return EntityTags.ok(school, school.version());
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "Create a school",
      description = "Directory admins only. The SIRET is unique (409 when taken).")
  @APIResponseSchema(
      value = SchoolView.class,
      responseCode = "201",
      responseDescription = "Created; Location and ETag set")
  public Response create(@Valid @NotNull SchoolRequest request) {
    SchoolView school = schools.create(request);
    return EntityTags.created(
        URI.create("/api/v1/schools/" + school.id()), school, school.version());
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "Update a school",
      description = "Send the ETag you read as If-Match (428 without, 412 when stale).")
  @APIResponseSchema(
      value = SchoolView.class,
      responseCode = "200",
      responseDescription = "Updated; new ETag")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SchoolRequest request) {
    SchoolView school = schools.update(id, ifMatch, request);
    return EntityTags.ok(school, school.version());
  }
}
