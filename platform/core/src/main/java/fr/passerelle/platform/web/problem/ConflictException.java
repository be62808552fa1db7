package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import java.util.Map;

/** 409: the request clashes with the current state (a full session, a duplicate natural key). */
public class ConflictException extends ProblemException {

  public ConflictException(String detail) {
    this(detail, Map.of());
  }

  public ConflictException(String detail, Map<String, Object> extensions) {
    super(ProblemType.CONFLICT, detail, extensions);
  }
}
