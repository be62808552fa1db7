package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.platform.web.problem.Problem.FieldError;
import java.util.List;
import java.util.Map;

/** 400: a request that cannot be understood (an unreadable cursor, a bad header). */
public class InvalidRequestException extends ProblemException {

  private final List<FieldError> errors;

  public InvalidRequestException(String detail) {
    super(ProblemType.VALIDATION, detail, Map.of());
    this.errors = List.of();
  }

  /**
   * One field or header at fault, named in {@code errors[]} as well as in the detail ({@code
   * "X-Access-Purpose must be at most 200 characters"}).
   */
  public InvalidRequestException(String field, String rule) {
    super(ProblemType.VALIDATION, field + " " + rule, Map.of());
    this.errors = List.of(new FieldError(field, rule));
  }

  @Override
  public List<FieldError> errors() {
    return errors;
  }
}
