package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import java.util.Map;

/** 400: a request that cannot be understood (an unreadable cursor, a bad header). */
public class InvalidRequestException extends ProblemException {

  public InvalidRequestException(String detail) {
    super(ProblemType.VALIDATION, detail, Map.of());
  }
}
