package fr.passerelle.webhook.access;

import fr.passerelle.platform.testing.DenyByDefault;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/** In this service too, an endpoint that names no role is refused to everyone. */
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
    DenyByDefault.checkRefused("/test-only/forgotten-role");
  }
}
