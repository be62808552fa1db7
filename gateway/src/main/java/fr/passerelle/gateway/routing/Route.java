package fr.passerelle.gateway.routing;

import java.util.List;
import java.util.Set;

/** One entry of the route table. */
public record Route(
    String name,
    Upstream upstream,
    List<String> prefixes,
    Set<String> requiredRoles,
    long connectTimeoutMillis,
    long responseTimeoutMillis,
    int retries) {

  /** Whether a caller with these roles may use the route (any valid token when none required). */
  public boolean admits(Set<String> callerRoles) {
    if (requiredRoles.isEmpty()) {
      return true;
    }
    for (String role : callerRoles) {
      if (requiredRoles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
