package fr.passerelle.platform.web.etag;

import fr.passerelle.platform.web.problem.PreconditionRequiredException;
import fr.passerelle.platform.web.problem.StaleVersionException;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Versions of mutable resources as HTTP entity tags: {@code ETag: "3"} on read, {@code If-Match:
 * "3"} required on update (428 without it, 412 when stale).
 */
public final class EntityTags {

  private EntityTags() {}

  /** 200 with the resource and its version as ETag. */
  public static Response ok(Object entity, long version) {
    return Response.ok(entity).tag(String.valueOf(version)).build();
  }

  /** 201 with the new resource, its Location and its version as ETag. */
  public static Response created(URI location, Object entity, long version) {
    return Response.created(location).tag(String.valueOf(version)).entity(entity).build();
  }

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** Checks the caller's {@code If-Match} against the current version. */
  public static void requireMatch(String ifMatch, long currentVersion, String resource, Object id) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException();
    }
    String current = of(currentVersion);
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(current) || tag.equals("*")) {
        return;
      }
    }
    throw new StaleVersionException(resource, id, currentVersion);
  }
}
