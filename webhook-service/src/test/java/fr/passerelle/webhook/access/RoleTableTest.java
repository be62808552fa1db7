package fr.passerelle.webhook.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.platform.testing.RoleTable;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** docs/roles.md says, for each operation of this service, exactly the roles it serves. */
@QuarkusTest
class RoleTableTest {

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  @Test
  void the_suites_role_table_says_who_may_call_each_operation() {
    String document =
        given().accept("application/json").get(openapi).then().statusCode(200).extract().asString();

    assertThat(RoleTable.differences("webhook-service", document)).isEmpty();
  }
}
