package fr.passerelle.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The README's indicator definitions are the code's: every family and measure, with its kind and
 * what it counts, as {@link Family} declares them (the failure message gives the section to paste).
 */
class IndicatorDefinitionsTest {

  static String definitions() {
    StringBuilder section = new StringBuilder();
    for (Family family : Family.values()) {
      String name = family.name().toLowerCase(Locale.ROOT);
      section
          .append("### `")
          .append(name)
          .append("`: `GET /api/v1/indicators/")
          .append(name)
          .append("`\n\n")
          .append(family.description())
          .append("\n\n| measure | kind | what it counts |\n|---|---|---|\n");
      for (Measure measure : family.measures()) {
        section
            .append("| `")
            .append(measure.name())
            .append("` | ")
            .append(measure.kind())
            .append(" | ")
            .append(measure.description())
            .append(" |\n");
      }
      section.append('\n');
    }
    return section.toString();
  }

  @Test
  void the_readme_defines_every_indicator_as_the_code_computes_it() throws IOException {
    String readme = Files.readString(Path.of("README.md"));

    assertThat(readme)
        .as("README.md's indicator definitions; expected:%n%s", definitions())
        .contains(definitions());
  }
}
