package fr.passerelle.platform.web;

import fr.passerelle.platform.testing.ManagementPort;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The platform's defaults put health, metrics and the OpenAPI document on the management port,
 * which every service inherits: the public port answers 404 there. Each service checks the same
 * with {@link ManagementPort}, in case its own settings moved it.
 */
@QuarkusTest
class ManagementInterfaceTest {

  @TestHTTPResource(value = "/", management = true)
  URL management;

  @TestHTTPResource("/")
  URL publicRoot;

  @Test
  void management_paths_answer_on_the_management_port_only() {
    ManagementPort.check(management, publicRoot);
  }
}
