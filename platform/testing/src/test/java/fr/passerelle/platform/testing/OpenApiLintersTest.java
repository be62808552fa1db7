package fr.passerelle.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.platform.testing.OpenApiLinters.Audience;
import fr.passerelle.platform.testing.OpenApiLinters.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The real linters, installed from the lock file, on a small document. */
class OpenApiLintersTest {

  private static String things() throws IOException {
    try (InputStream in =
        OpenApiLintersTest.class.getResourceAsStream("/openapi-lint/things.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void a_document_that_meets_every_rule_has_no_finding() throws IOException {
    assertThat(OpenApiLinters.lint(things(), Audience.SERVICE).findings()).isEmpty();
  }

  @Test
  void an_unbounded_string_is_an_error_of_the_owasp_ruleset() throws IOException {
    String unbounded = things().replace("          maxLength: 100\n", "");

    Report report = OpenApiLinters.lint(unbounded, Audience.SERVICE);

    assertThat(report.errors())
        .extracting(OpenApiLinters.Finding::where)
        .containsExactly("components.schemas.Thing.properties.name");
    assertThat(report.errorCountsByRule())
        .containsExactlyEntriesOf(java.util.Map.of("spectral owasp:api4:2023-string-limit", 1L));
  }

  @Test
  void the_public_document_must_also_declare_the_rate_limits() throws IOException {
    Report report = OpenApiLinters.lint(things(), Audience.PUBLIC);

    assertThat(report.errorCountsByRule()).containsKey("spectral owasp:api4:2023-rate-limit");
    assertThat(report.warnings())
        .extracting(OpenApiLinters.Finding::rule)
        .contains("owasp:api4:2023-rate-limit-responses-429");
  }

  @Test
  void a_document_redocly_finds_wrong_is_reported_with_redocly_s_rule() throws IOException {
    String undocumented = things().replace("          description: The thing\n", "");

    Report report = OpenApiLinters.lint(undocumented, Audience.SERVICE);

    assertThat(report.errors())
        .extracting(finding -> finding.tool() + " " + finding.rule())
        .contains("redocly struct");
  }
}
