package fr.passerelle.reporting.management;

import fr.passerelle.platform.testing.ManagementPort;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Health, metrics and the OpenAPI document answer on this service's management port only. */
@QuarkusTest
class ManagementPortTest {

  @TestHTTPResource(value = "/", management = true)
  URL management;

  @TestHTTPResource("/")
  URL publicRoot;

  @Test
  void management_paths_answer_on_the_management_port_only() {
    ManagementPort.check(management, publicRoot);
  }
}
