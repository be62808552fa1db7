package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import java.util.Map;

/**
 * 404: the resource exists but lies outside the caller's scope (another agency, another site).
 * Answered exactly like a missing resource so that its existence is not revealed.
 */
public class OutOfScopeException extends ProblemException {

  public OutOfScopeException(String resource, Object id) {
    super(ProblemType.NOT_FOUND, resource + " " + id + " does not exist", Map.of());
  }
}
