package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.platform.web.problem.Problem.FieldError;
import java.util.List;
import java.util.Map;

/**
 * Base of the platform's exceptions with a meaning; each maps to one problem type. Messages are
 * shown to the caller as {@code detail}: never put personal data in them.
 */
public abstract class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final Map<String, Object> extensions;

  protected ProblemException(ProblemType type, String detail, Map<String, Object> extensions) {
    super(detail, null, false, false);
    this.type = type;
    this.extensions = Map.copyOf(extensions);
  }

  public ProblemType type() {
    return type;
  }

  /** Extra members of the problem body, for example the transitions allowed. */
  public Map<String, Object> extensions() {
    return extensions;
  }

  /** The fields (or headers) at fault, as the problem's {@code errors[]}; none by default. */
  public List<FieldError> errors() {
    return List.of();
  }

  /** Response headers that go with the problem, for example the {@code Location} of a resource. */
  public Map<String, Object> headers() {
    return Map.of();
  }
}
