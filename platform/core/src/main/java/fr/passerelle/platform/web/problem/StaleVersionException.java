package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import java.util.Map;

/** 412: the {@code If-Match} version is not the current one; the caller must read again. */
public class StaleVersionException extends ProblemException {

  public StaleVersionException(String resource, Object id, long currentVersion) {
    super(
        ProblemType.STALE_VERSION,
        resource + " " + id + " changed since it was read: read it again, then retry",
        Map.of("currentVersion", currentVersion));
  }
}
