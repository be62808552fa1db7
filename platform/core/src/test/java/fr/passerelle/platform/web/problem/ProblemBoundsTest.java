package fr.passerelle.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.platform.web.problem.Problem.FieldError;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A problem keeps the bounds its schema declares, whatever the request echoed. */
class ProblemBoundsTest {

  @Test
  void a_problem_lists_the_first_hundred_field_errors() {
    List<FieldError> errors =
        IntStream.range(0, 150).mapToObj(i -> new FieldError("items[" + i + "]", "bad")).toList();

    Problem problem = Problem.of(ProblemType.VALIDATION).errors(errors).build();

    assertThat(problem.errors).hasSize(Problem.MAX_ERRORS);
    assertThat(problem.errors.get(0).field()).isEqualTo("items[0]");
  }

  @Test
  void texts_that_echo_the_request_are_cut_at_their_bound() {
    String path = "/api/v1/" + "x".repeat(5000);

    Problem problem =
        Problem.of(ProblemType.NOT_FOUND)
            .detail("no resource at " + path)
            .instance(path)
            .errors(List.of(new FieldError("y".repeat(900), "z".repeat(3000))))
            .build();

    assertThat(problem.detail).hasSize(Problem.MAX_TEXT);
    assertThat(problem.instance).hasSize(Problem.MAX_TEXT);
    assertThat(problem.errors.get(0).field()).hasSize(Problem.MAX_PATH);
    assertThat(problem.errors.get(0).message()).hasSize(Problem.MAX_TEXT);
  }
}
