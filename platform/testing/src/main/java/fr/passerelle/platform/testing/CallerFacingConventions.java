package fr.passerelle.platform.testing;

import fr.passerelle.contracts.security.Roles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of {@link OpenApiConventions} that a caller's tools read first: where to call (each
 * server described, with {@code x-internal} saying who may call it), what to call each operation
 * (an {@code operationId}, unique: the method name of a generated client) and which token to ask
 * for (only realm roles, never a role a service gives callers itself).
 */
final class CallerFacingConventions {

  private CallerFacingConventions() {}

  static List<String> violations(OpenAPI api) {
    List<String> violations = new ArrayList<>();
    checkServers(api, violations);
    if (api.getPaths() == null) {
      return violations;
    }
    Map<String, String> operationIds = new HashMap<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        String where = entry.getKey() + " " + path.getKey();
        Operation operation = entry.getValue();
        String id = operation.getOperationId();
        if (id == null || id.isBlank()) {
          violations.add(where + ": no operationId");
        } else if (operationIds.putIfAbsent(id, where) != null) {
          violations.add(where + ": operationId '" + id + "' also names " + operationIds.get(id));
        }
        checkRealmRoles(where, operation, violations);
      }
    }
    return violations;
  }

  private static void checkServers(OpenAPI api, List<String> violations) {
    if (api.getServers() == null || api.getServers().isEmpty()) {
      violations.add("servers: none");
      return;
    }
    for (Server server : api.getServers()) {
      if (server.getDescription() == null || server.getDescription().isBlank()) {
        violations.add("server " + server.getUrl() + ": no description");
      }
      if (server.getExtensions() == null
          || !(server.getExtensions().get("x-internal") instanceof Boolean)) {
        violations.add("server " + server.getUrl() + ": no x-internal (true or false)");
      }
    }
  }

  private static void checkRealmRoles(String where, Operation operation, List<String> violations) {
    if (operation.getSecurity() == null) {
      return;
    }
    for (SecurityRequirement requirement : operation.getSecurity()) {
      for (List<String> roles : requirement.values()) {
        for (String role : roles == null ? List.<String>of() : roles) {
          if (!Roles.REALM.contains(role)) {
            violations.add(where + ": role '" + role + "' is not a realm role (no token has it)");
          }
        }
      }
    }
  }
}
