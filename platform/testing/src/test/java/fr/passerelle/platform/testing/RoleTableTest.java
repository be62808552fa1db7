package fr.passerelle.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTableTest {

  private static final String DOCUMENT =
      """
      openapi: 3.1.0
      info: {title: t, version: "1"}
      components:
        securitySchemes:
          oidc: {type: openIdConnect, openIdConnectUrl: "https://idp.example/.well-known/openid-configuration"}
      paths:
        /api/v1/sites:
          get:
            security: [{oidc: [pe-advisor, steering]}]
            responses: {"200": {description: ok}}
          post:
            security: [{oidc: [directory-admin, admin]}]
            responses: {"201": {description: ok}}
      """;

  private static final String TABLE =
      """
      # Roles

      ## `other-service`

      | operation | `pe-advisor` | `admin` |
      |---|---|---|
      | `GET /api/v1/sites` | | ✓ |

      ## `directory`

      Some words.

      | operation | `pe-advisor` | `directory-admin` | `steering` | `admin` | finer rule |
      |---|---|---|---|---|---|
      | `GET /api/v1/sites` | ✓ | | ✓ territorial | | ✓ is not a role here |
      | `POST /api/v1/sites` | | ✓ | | ✓ | |
      """;

  @Test
  void a_table_that_says_what_the_document_serves_has_no_difference() {
    assertThat(RoleTable.differences(TABLE, "directory", DOCUMENT, Map.of())).isEmpty();
  }

  @Test
  void names_a_role_granted_or_withdrawn_an_operation_missing_and_one_no_longer_served() {
    String table =
        TABLE
            .replace(
                "| `GET /api/v1/sites` | ✓ | | ✓ territorial | |",
                "| `GET /api/v1/sites` | ✓ | | | |")
            .replace(
                "| `POST /api/v1/sites` | | ✓ | | ✓ |", "| `DELETE /api/v1/sites` | | ✓ | | ✓ |");

    assertThat(RoleTable.differences(table, "directory", DOCUMENT, Map.of()))
        .contains(
            "GET /api/v1/sites: the table says [pe-advisor], the service allows [pe-advisor,"
                + " steering]",
            "POST /api/v1/sites: served, not in the table",
            "DELETE /api/v1/sites: in the table, not served")
        .last()
        .asString()
        .contains("| `POST /api/v1/sites` | | | | | ✓ | | ✓ | | | |");
  }

  @Test
  void a_service_without_a_section_is_told_so() {
    assertThat(RoleTable.differences(TABLE, "prospection", DOCUMENT, Map.of()))
        .first()
        .isEqualTo("docs/roles.md: no table under ## `prospection`");
  }

  @Test
  void a_role_the_service_gives_itself_stands_for_the_realm_roles_it_is_given_to() {
    String document = DOCUMENT.replace("[pe-advisor, steering]", "[reader, steering]");

    assertThat(RoleTable.differences(TABLE, "directory", document, Map.of())).isNotEmpty();
    assertThat(
            RoleTable.differences(
                TABLE, "directory", document, Map.of("reader", Set.of("pe-advisor"))))
        .isEmpty();
  }
}
