package fr.passerelle.directory.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.platform.web.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A pairing's end, on the entity without a server. The HTTP side is in PairingHistoryTest. */
class PairingRulesTest {

  @Test
  void a_pairing_ends_on_the_day_it_is_in_france() {
    Pairing pairing = Pairing.create(UUID.randomUUID(), Instant.parse("2024-09-01T08:00:00Z"));
    Instant lateEvening = Instant.parse("2026-06-30T22:30:00Z");

    assertThat(pairing.end(lateEvening)).isTrue();

    assertThat(pairing.endedOn).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(pairing.endedAt).isEqualTo(lateEvening);
  }

  @Test
  void an_ended_pairing_ends_once_and_no_longer_changes() {
    Pairing pairing = Pairing.create(UUID.randomUUID(), Instant.parse("2024-09-01T08:00:00Z"));
    pairing.requireActive();
    Instant ended = Instant.parse("2026-03-02T10:00:00Z");
    pairing.end(ended);

    assertThat(pairing.end(ended.plusSeconds(3600))).isFalse();
    assertThat(pairing.endedAt).isEqualTo(ended);
    assertThatThrownBy(pairing::requireActive)
        .isInstanceOf(ConflictException.class)
        .hasMessage("the pairing has ended");
  }
}
