package fr.passerelle.platform.web.etag;

import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.platform.web.problem.PreconditionRequiredException;
import fr.passerelle.platform.web.problem.StaleVersionException;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Versions of mutable resources as HTTP entity tags: {@code ETag: "3"} on every read and write.
 *
 * <p>The {@code If-Match} policy, the same in every service:
 *
 * <ul>
 *   <li>a document {@code PUT} replaces what the caller read, so it <b>requires</b> {@code
 *       If-Match}: 428 without it, 412 when stale ({@link #requireMatch});
 *   <li>a command {@code POST} on a resource (a move of a referral, a session's cancellation) is
 *       checked by the resource's own rules, so {@code If-Match} is <b>optional</b>: when sent, a
 *       stale version is 412 ({@link #checkIfGiven}); when absent, the command applies to the
 *       current version.
 * </ul>
 */
public final class EntityTags {

  /**
   * The longest {@code If-Match} accepted (a 400 beyond): a few of our tags, each a quoted version
   * number. The documents declare it ({@code IfMatchParameterFilter}).
   */
  public static final int IF_MATCH_MAX_LENGTH = 128;

  private EntityTags() {}

  /** 200 with the view and its version as ETag. */
  public static Response ok(Versioned<?> resource) {
    return ok(resource.view(), resource.version());
  }

  /** 201 with the new resource's view, its Location and its version as ETag. */
  public static Response created(URI location, Versioned<?> resource) {
    return created(location, resource.view(), resource.version());
  }

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

  /** A command's optional {@code If-Match}: checked when the caller sent one. */
  public static void checkIfGiven(String ifMatch, long currentVersion, String resource, Object id) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      requireMatch(ifMatch, currentVersion, resource, id);
    }
  }

  /** A document update's {@code If-Match}, required: checked against the current version. */
  public static void requireMatch(String ifMatch, long currentVersion, String resource, Object id) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException();
    }
    if (ifMatch.length() > IF_MATCH_MAX_LENGTH) {
      throw new InvalidRequestException(
          "If-Match", "must be at most " + IF_MATCH_MAX_LENGTH + " characters");
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
