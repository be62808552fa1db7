package fr.passerelle.reporting.experiment;

import static fr.passerelle.reporting.experiment.ExperimentStatus.EVALUATED;
import static fr.passerelle.reporting.experiment.ExperimentStatus.EXTENDED;
import static fr.passerelle.reporting.experiment.ExperimentStatus.PROPOSED;
import static fr.passerelle.reporting.experiment.ExperimentStatus.RUNNING;
import static fr.passerelle.reporting.experiment.ExperimentStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The review's moves, without a server. */
class ExperimentStatusRulesTest {

  @Test
  void a_proposal_runs_or_is_stopped() {
    assertThat(PROPOSED.next()).containsExactlyInAnyOrder(RUNNING, STOPPED);
  }

  @Test
  void a_running_experiment_is_evaluated_before_anything_else() {
    assertThat(RUNNING.next()).containsExactly(EVALUATED);
  }

  @Test
  void an_evaluated_experiment_is_extended_or_stopped() {
    assertThat(EVALUATED.next()).containsExactlyInAnyOrder(EXTENDED, STOPPED);
  }

  @Test
  void extended_and_stopped_are_final() {
    assertThat(EXTENDED.next()).isEmpty();
    assertThat(STOPPED.next()).isEmpty();
  }

  @Test
  void no_status_moves_to_itself_nor_back_to_proposed() {
    for (ExperimentStatus status : ExperimentStatus.values()) {
      assertThat(status.mayMoveTo(status)).isFalse();
      assertThat(status.mayMoveTo(PROPOSED)).isFalse();
    }
  }
}
