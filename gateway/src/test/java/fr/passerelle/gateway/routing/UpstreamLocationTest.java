package fr.passerelle.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A service's own address never reaches the caller in a Location header. */
class UpstreamLocationTest {

  private final Upstream prospection =
      Upstream.of("prospection", URI.create("http://127.0.0.1:8083"));
  private final Upstream behindAPath =
      Upstream.of("reporting", URI.create("http://reporting.internal:8084/base"));

  @Test
  void an_address_of_the_upstream_becomes_the_same_path_at_the_gateway() {
    assertThat(
            UpstreamLocation.relative(
                "http://127.0.0.1:8083/api/v1/prospection/employers/42?x=1", prospection))
        .isEqualTo("/api/v1/prospection/employers/42?x=1");
    assertThat(
            UpstreamLocation.relative(
                "http://reporting.internal:8084/base/api/v1/indicators/7", behindAPath))
        .isEqualTo("/api/v1/indicators/7");
  }

  @Test
  void other_addresses_and_relative_references_are_left_alone() {
    assertThat(UpstreamLocation.relative("https://example.org/elsewhere", prospection)).isNull();
    assertThat(UpstreamLocation.relative("http://127.0.0.1:9083/q/health", prospection)).isNull();
    assertThat(UpstreamLocation.relative("/api/v1/prospection/employers/42", prospection)).isNull();
    assertThat(UpstreamLocation.relative("not a uri at all", prospection)).isNull();
  }
}
