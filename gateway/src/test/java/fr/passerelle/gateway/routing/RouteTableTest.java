package fr.passerelle.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTableTest {

  private static final Upstream DIRECTORY =
      Upstream.of("directory", URI.create("http://127.0.0.1:8081"));
  private static final Upstream REPORTING =
      Upstream.of("reporting", URI.create("http://127.0.0.1:8084/base/"));

  private static Route route(String name, Upstream upstream, String... prefixes) {
    return new Route(name, upstream, List.of(prefixes), Set.of(), 1000, 1000, 1);
  }

  private final RouteTable table =
      new RouteTable(
          Map.of("directory", DIRECTORY, "reporting", REPORTING),
          List.of(
              route("directory", DIRECTORY, "/api/v1/sites", "/api/v1/agencies"),
              route("exports", REPORTING, "/api/v1/sites/exports"),
              route("steering", REPORTING, "/api/v1/indicators")));

  @Test
  void a_path_goes_to_the_route_of_its_longest_matching_prefix() {
    assertThat(table.match("/api/v1/sites/42").name()).isEqualTo("directory");
    assertThat(table.match("/api/v1/sites/exports/2025").name()).isEqualTo("exports");
    assertThat(table.match("/api/v1/sites/exports").name()).isEqualTo("exports");
    assertThat(table.match("/api/v1/agencies").name()).isEqualTo("directory");
  }

  @Test
  void a_prefix_matches_on_whole_segments_only() {
    assertThat(table.match("/api/v1/sitesx")).isNull();
    assertThat(table.match("/api/v1")).isNull();
    assertThat(table.match("/api/v1/sites/")).isNotNull();
  }

  @Test
  void a_route_without_required_roles_admits_any_caller_and_one_with_roles_needs_one_of_them() {
    Route open = route("open", DIRECTORY, "/a");
    Route restricted =
        new Route("r", REPORTING, List.of("/b"), Set.of("steering", "admin"), 1, 1, 0);
    assertThat(open.admits(Set.of())).isTrue();
    assertThat(restricted.admits(Set.of("pe-advisor"))).isFalse();
    assertThat(restricted.admits(Set.of("pe-advisor", "admin"))).isTrue();
  }

  @Test
  void a_prefix_claimed_by_two_routes_is_refused_at_start() {
    assertThatThrownBy(
            () ->
                new RouteTable(
                    Map.of("directory", DIRECTORY),
                    List.of(
                        route("one", DIRECTORY, "/api/v1/sites"),
                        route("two", DIRECTORY, "/api/v1/sites"))))
        .hasMessageContaining("/api/v1/sites");
  }

  @Test
  void an_upstream_url_keeps_its_base_path_without_trailing_slash() {
    assertThat(REPORTING.basePath()).isEqualTo("/base");
    assertThat(REPORTING.port()).isEqualTo(8084);
    assertThat(Upstream.of("x", URI.create("https://directory.internal")).port()).isEqualTo(443);
    assertThatThrownBy(() -> Upstream.of("x", URI.create("ftp://host")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Upstream.of("x", URI.create("ftp://host"), "management-url"))
        .hasMessageContaining("passerelle.gateway.services.x.management-url");
  }
}
