package fr.passerelle.reporting.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What part of a territory is someone else's, without a server. */
class TerritoryRulesTest {

  private final UUID mine = UUID.randomUUID();
  private final UUID theirs = UUID.randomUUID();

  @Test
  void repeats_are_dropped_in_the_order_given() {
    Territory territory =
        new Territory(List.of("62", "59", "62"), List.of(mine, mine), List.of("59021", "59021"));

    assertThat(territory.departmentCodes()).containsExactly("62", "59");
    assertThat(territory.siteIds()).containsExactly(mine);
    assertThat(territory.agencySafirs()).containsExactly("59021");
  }

  @Test
  void the_rest_of_a_territory_is_the_same_whatever_the_order_and_the_callers_own_part() {
    Territory before = new Territory(List.of("59"), List.of(theirs), List.of("62001"));
    Territory after =
        new Territory(List.of("59"), List.of(mine, theirs), List.of("59021", "62001"));

    assertThat(before.without(Set.of(mine), List.of("59021")))
        .isEqualTo(after.without(Set.of(mine), List.of("59021")));
    assertThat(before.without(Set.of(mine), List.of()))
        .isNotEqualTo(after.without(Set.of(mine), List.of()));
  }

  @Test
  void an_empty_territory_names_nothing() {
    assertThat(Territory.NONE.isEmpty()).isTrue();
    assertThat(new Territory(List.of("59"), List.of(), List.of()).isEmpty()).isFalse();
  }
}
