package fr.passerelle.directory.access;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.anonymous;
import static fr.passerelle.platform.testing.Callers.withRole;

import fr.passerelle.contracts.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * An endpoint that names no role is refused to everyone in this service too ({@code
 * quarkus.security.jaxrs.deny-unannotated-endpoints} from the platform's defaults): a forgotten
 * {@code @RolesAllowed} never opens an operation.
 */
@QuarkusTest
class UnannotatedEndpointTest {

  /** Test-only: someone forgot to say who may call this. Left out of the OpenAPI document. */
  @Path("/test-only/forgotten-role")
  @Produces(MediaType.APPLICATION_JSON)
  public static class ForgottenRoleResource {

    @GET
    @Operation(hidden = true)
    public Map<String, Object> leak() {
      return Map.of("leaked", true);
    }
  }

  @Test
  void an_endpoint_without_a_role_annotation_is_refused_to_every_caller() {
    admin()
        .get("/test-only/forgotten-role")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    withRole(Roles.DIRECTORY_ADMIN).get("/test-only/forgotten-role").then().statusCode(403);
    withRole(Roles.PE_SYSTEM).get("/test-only/forgotten-role").then().statusCode(403);
    anonymous().get("/test-only/forgotten-role").then().statusCode(401);
  }
}
