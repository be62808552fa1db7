package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import java.util.Map;

/** 503: a service this one depends on did not answer in time; the caller may retry later. */
public class ServiceUnavailableException extends ProblemException {

  public ServiceUnavailableException(String detail) {
    super(ProblemType.UNAVAILABLE, detail, Map.of());
  }
}
