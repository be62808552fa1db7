package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import java.util.Map;

/** 428: an update without {@code If-Match}; lost updates are not allowed. */
public class PreconditionRequiredException extends ProblemException {

  public PreconditionRequiredException() {
    super(
        ProblemType.PRECONDITION_REQUIRED,
        "send the ETag you read as If-Match to update this resource",
        Map.of());
  }
}
