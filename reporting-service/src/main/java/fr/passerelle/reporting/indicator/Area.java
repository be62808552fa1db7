package fr.passerelle.reporting.indicator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a table counts: the rows in any of its territories (an experiment's departments, sites and
 * agencies together), or, {@code outside}, every row of the country but those.
 */
public record Area(List<Territory> territories, boolean outside) {

  public static Area of(Territory territory) {
    return new Area(List.of(territory), false);
  }

  /** The rest of the country. */
  public Area complement() {
    return new Area(territories, !outside);
  }

  boolean national() {
    return territories.stream().anyMatch(t -> t.level() == Territory.Level.NATIONAL);
  }

  public String label() {
    String union = territories.stream().map(Territory::label).collect(Collectors.joining(" + "));
    return outside ? "outside " + union : union;
  }
}
