package fr.passerelle.platform.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

class AugmentedRolesFilterTest {

  private static final AugmentedRole READER =
      new AugmentedRole() {
        @Override
        public String role() {
          return "reader";
        }

        @Override
        public Set<String> grantedTo() {
          return Set.of("pe-advisor", "e2c-staff");
        }
      };

  private static SecurityRequirement requiring(String... roles) {
    return OASFactory.createSecurityRequirement().addScheme("bearer", List.of(roles));
  }

  @Test
  void the_augmented_role_is_published_as_the_realm_roles_it_is_given_to() {
    SecurityRequirement published =
        AugmentedRolesFilter.withRealmRoles(requiring("reader", "steering"), List.of(READER));

    assertThat(published.getScheme("bearer"))
        .containsExactly("e2c-staff", "pe-advisor", "steering");
  }

  @Test
  void a_requirement_without_the_augmented_role_is_left_as_it_is() {
    SecurityRequirement published =
        AugmentedRolesFilter.withRealmRoles(requiring("directory-admin"), List.of(READER));

    assertThat(published.getScheme("bearer")).containsExactly("directory-admin");
  }
}
