package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import java.util.Map;

/** 404: no such resource. */
public class ResourceNotFoundException extends ProblemException {

  public ResourceNotFoundException(String resource, Object id) {
    super(ProblemType.NOT_FOUND, resource + " " + id + " does not exist", Map.of());
  }
}
