package fr.passerelle.prospection.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ceiling's arithmetic over rolling windows, without a server. */
class SolicitationCeilingRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
  private final SolicitationCeiling ceiling = SolicitationCeiling.of(3, Duration.ofDays(30));

  @Test
  void under_the_ceiling_a_contact_passes() {
    assertThat(ceiling.refuses(List.of(), DAY)).isFalse();
    assertThat(ceiling.refuses(List.of(DAY, DAY.minusDays(10)), DAY)).isFalse();
  }

  @Test
  void three_contacts_within_thirty_days_of_the_day_refuse_a_fourth() {
    List<LocalDate> others = List.of(DAY.minusDays(29), DAY.minusDays(1), DAY);
    assertThat(ceiling.busiestWindow(others, DAY)).isEqualTo(3);
    assertThat(ceiling.refuses(others, DAY)).isTrue();
  }

  @Test
  void a_contact_thirty_days_before_is_out_of_every_window_of_the_day() {
    List<LocalDate> others = List.of(DAY.minusDays(30), DAY.minusDays(1), DAY);
    assertThat(ceiling.busiestWindow(others, DAY)).isEqualTo(2);
    assertThat(ceiling.refuses(others, DAY)).isFalse();
  }

  @Test
  void planned_contacts_after_the_day_count_too() {
    List<LocalDate> others = List.of(DAY.plusDays(29), DAY.plusDays(10), DAY.plusDays(1));
    assertThat(ceiling.refuses(others, DAY)).isTrue();
    assertThat(ceiling.refuses(others, DAY.minusDays(1))).isFalse();
  }

  @Test
  void contacts_on_both_sides_count_only_within_one_window() {
    // 58 days apart: no window of 30 days holds both ends.
    List<LocalDate> others = List.of(DAY.minusDays(29), DAY.minusDays(28), DAY.plusDays(29));
    assertThat(ceiling.busiestWindow(others, DAY)).isEqualTo(2);
    assertThat(ceiling.refuses(others, DAY)).isFalse();
  }

  @Test
  void the_window_s_reach_is_twenty_nine_days_either_side() {
    assertThat(ceiling.reachFrom(DAY)).isEqualTo(DAY.minusDays(29));
    assertThat(ceiling.reachTo(DAY)).isEqualTo(DAY.plusDays(29));
  }

  @Test
  void a_ceiling_needs_a_window_of_a_day_at_least() {
    assertThatThrownBy(() -> new SolicitationCeiling(3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SolicitationCeiling.of(3, Duration.ofHours(1)).windowDays()).isEqualTo(1);
  }
}
