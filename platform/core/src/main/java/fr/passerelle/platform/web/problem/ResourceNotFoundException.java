package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import java.util.Map;

/** 404: no such resource. */
public class ResourceNotFoundException extends ProblemException {

  public ResourceNotFoundException(String resource, Object id) {
    super(ProblemType.NOT_FOUND, resource + " " + id + " does not exist", Map.of());
  }

  /**
   * The entity a lookup found, for the entity's own {@code require(id)}:
   *
   * <pre>{@code
   * public static Site require(UUID id) {
   *   return ResourceNotFoundException.unlessNull(findById(id), "site", id);
   * }
   * }</pre>
   *
   * @throws ResourceNotFoundException (404) when it found none
   */
  public static <E> E unlessNull(E found, String resource, Object id) {
    if (found == null) {
      throw new ResourceNotFoundException(resource, id);
    }
    return found;
  }
}
