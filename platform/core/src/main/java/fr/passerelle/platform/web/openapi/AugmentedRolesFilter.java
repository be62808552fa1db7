package fr.passerelle.platform.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Publishes every {@link AugmentedRole} of the service as the realm roles it is given to, in each
 * operation's security requirement. At startup: the roles of {@code @RolesAllowed} are added to the
 * document after the build-time filters, and the service's beans are known then.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class AugmentedRolesFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    List<AugmentedRole> augmented = CDI.current().select(AugmentedRole.class).stream().toList();
    if (augmented.isEmpty()
        || openAPI.getPaths() == null
        || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getSecurity() != null) {
          operation.setSecurity(
              operation.getSecurity().stream()
                  .map(requirement -> withRealmRoles(requirement, augmented))
                  .toList());
        }
      }
    }
  }

  static SecurityRequirement withRealmRoles(
      SecurityRequirement requirement, List<AugmentedRole> augmented) {
    SecurityRequirement published = OASFactory.createSecurityRequirement();
    requirement
        .getSchemes()
        .forEach(
            (scheme, roles) -> {
              if (roles == null) {
                published.addScheme(scheme, roles);
                return;
              }
              Set<String> realmRoles = new TreeSet<>(roles);
              for (AugmentedRole role : augmented) {
                if (realmRoles.remove(role.role())) {
                  realmRoles.addAll(role.grantedTo());
                }
              }
              published.addScheme(scheme, new ArrayList<>(realmRoles));
            });
    return published;
  }
}
