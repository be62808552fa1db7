package fr.passerelle.gateway.openapi;

import fr.passerelle.gateway.routing.Route;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the one document partners read: the services' paths that the gateway routes, their
 * components (a name two services use for different things is prefixed with the service's name),
 * and the gateway's own security (OAuth2 client credentials, or any bearer token from the provider)
 * in place of the services' schemes, its own server, and what it answers itself on every operation
 * (rate-limit headers, 429, CORS: {@link GatewayAnswers}), without the components only unrouted
 * paths used ({@link UnusedComponents}). Services that did not answer are named in the document.
 */
final class OpenApiMerger {

  static final String UNAVAILABLE_EXTENSION = "x-passerelle-unavailable-services";
  static final String ROLES_EXTENSION = "x-passerelle-roles";

  private static final Set<String> OPERATIONS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final String DEFAULT_VERSION = "3.1.0";

  /** What the gateway checks in a token (TokenVerifier), in the words partners' tools look for. */
  static final String TOKEN_RULES =
      "The token is a JWT checked as RFC8725 (JSON Web Token Best Current Practices) asks: its"
          + " signature against the provider's published keys (JWKS), asymmetric algorithms only"
          + " (RS256/384/512, PS256/384/512, ES256/384/512; none and HMAC refused before anything"
          + " else is read); its issuer must be the provider's realm and its audience must include"
          + " 'passerelle'; an expired token is refused. Access tokens live 5 minutes; the"
          + " client-credentials grant issues no refresh token: ask for a new access token. The"
          + " roles an operation needs are realm roles (realm_access.roles), listed on each"
          + " operation in "
          + ROLES_EXTENSION
          + " where the route restricts them.";

  private final String title;
  private final String version;
  private final URI tokenUrl;

  OpenApiMerger(String title, String version, URI tokenUrl) {
    this.title = title;
    this.version = version;
    this.tokenUrl = tokenUrl;
  }

  JsonObject merge(List<ServiceDocument> documents, List<String> unavailable) {
    JsonObject paths = new JsonObject();
    JsonObject components = new JsonObject();
    JsonArray tags = new JsonArray();
    Set<String> tagNames = new LinkedHashSet<>();
    String openapi = DEFAULT_VERSION;
    JsonObject contact = null;
    Set<String> operationIds = new HashSet<>();
    for (ServiceDocument source : documents) {
      JsonObject document = withUniqueComponentNames(source, components);
      mergeComponents(document.getJsonObject("components"), components);
      mergePaths(source, document.getJsonObject("paths"), paths, operationIds);
      if (contact == null
          && document.getJsonObject("info", new JsonObject()).getValue("contact")
              instanceof JsonObject serviceContact) {
        contact = serviceContact;
      }
      JsonArray sourceTags = document.getJsonArray("tags", new JsonArray());
      for (Object tag : sourceTags) {
        if (tag instanceof JsonObject tagObject && tagNames.add(tagObject.getString("name"))) {
          tags.add(tagObject);
        }
      }
      openapi = document.getString("openapi", openapi);
    }
    GatewayAnswers.addTo(paths, components);
    UnusedComponents.prune(paths, components);
    components.put("securitySchemes", securitySchemes());

    JsonObject info = info(documents, unavailable);
    if (contact != null) {
      info.put("contact", contact);
    }
    JsonObject merged =
        new JsonObject()
            .put("openapi", openapi)
            .put("info", info)
            .put("servers", new JsonArray().add(server()))
            .put(
                "security",
                new JsonArray()
                    .add(new JsonObject().put("oauth2", new JsonArray()))
                    .add(new JsonObject().put("bearer", new JsonArray())));
    if (!tags.isEmpty()) {
      merged.put("tags", tags);
    }
    merged.put("paths", paths).put("components", components);
    merged.put(UNAVAILABLE_EXTENSION, new JsonArray(List.copyOf(unavailable)));
    return merged;
  }

  private JsonObject info(List<ServiceDocument> documents, List<String> unavailable) {
    StringBuilder description =
        new StringBuilder(
            "The Passerelle API, as served by its gateway: one document merged from the services'"
                + " own. Every call needs a bearer access token from the Passerelle identity"
                + " provider (OAuth2 client credentials for partner systems).");
    if (!documents.isEmpty()) {
      description
          .append(" Included: ")
          .append(String.join(", ", documents.stream().map(ServiceDocument::service).toList()))
          .append('.');
    }
    if (!unavailable.isEmpty()) {
      description
          .append(" Not included because the service did not answer: ")
          .append(String.join(", ", unavailable))
          .append(". Its operations still exist; read this document again later.");
    }
    return new JsonObject()
        .put("title", title)
        .put("version", version)
        .put("description", description.toString());
  }

  /** Relative: the gateway that serves this document, wherever it is deployed. */
  private static JsonObject server() {
    return new JsonObject()
        .put("url", "/")
        .put(
            "description",
            "The Passerelle gateway that serves this document, the one entry of the API: HTTPS in"
                + " staging and production; http://127.0.0.1:8080 on a local stack.")
        .put("x-internal", false);
  }

  private JsonObject securitySchemes() {
    return new JsonObject()
        .put(
            "oauth2",
            new JsonObject()
                .put("type", "oauth2")
                .put("description", "Client credentials grant for partner systems. " + TOKEN_RULES)
                .put(
                    "flows",
                    new JsonObject()
                        .put(
                            "clientCredentials",
                            new JsonObject()
                                .put("tokenUrl", tokenUrl.toString())
                                .put("scopes", new JsonObject()))))
        .put(
            "bearer",
            new JsonObject()
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put(
                    "description",
                    "An access token from the Passerelle identity provider, a user's or a"
                        + " partner system's. "
                        + TOKEN_RULES));
  }

  private static void mergePaths(
      ServiceDocument source, JsonObject sourcePaths, JsonObject paths, Set<String> operationIds) {
    if (sourcePaths == null) {
      return;
    }
    for (String path : sourcePaths.fieldNames()) {
      Route route = routeOf(source.routes(), path);
      if (route == null || paths.containsKey(path)) {
        // Not reachable through the gateway, or already served by another service.
        continue;
      }
      JsonObject item = sourcePaths.getJsonObject(path).copy();
      for (String method : item.fieldNames()) {
        if (OPERATIONS.contains(method) && item.getValue(method) instanceof JsonObject operation) {
          operation.remove("security");
          uniqueOperationId(source.service(), operation, operationIds);
          if (!route.requiredRoles().isEmpty()) {
            operation.put(ROLES_EXTENSION, new JsonArray(List.copyOf(route.requiredRoles())));
          }
        }
      }
      paths.put(path, item);
    }
  }

  /**
   * An operationId another service already uses is prefixed with this one's name ({@code referral}
   * + {@code siteGet} = {@code referralSiteGet}): generated clients need them unique.
   */
  private static void uniqueOperationId(
      String service, JsonObject operation, Set<String> operationIds) {
    String id = operation.getString("operationId");
    if (id == null) {
      return;
    }
    if (!operationIds.add(id)) {
      id = service + Character.toUpperCase(id.charAt(0)) + id.substring(1);
      operation.put("operationId", id);
      operationIds.add(id);
    }
  }

  private static Route routeOf(List<Route> routes, String path) {
    for (Route route : routes) {
      for (String prefix : route.prefixes()) {
        if (path.equals(prefix) || path.startsWith(prefix + "/")) {
          return route;
        }
      }
    }
    return null;
  }

  private static void mergeComponents(JsonObject sourceComponents, JsonObject components) {
    if (sourceComponents == null) {
      return;
    }
    for (String kind : sourceComponents.fieldNames()) {
      if ("securitySchemes".equals(kind)
          || !(sourceComponents.getValue(kind) instanceof JsonObject entries)) {
        continue;
      }
      JsonObject target = components.getJsonObject(kind);
      if (target == null) {
        target = new JsonObject();
        components.put(kind, target);
      }
      for (String name : entries.fieldNames()) {
        target.put(name, entries.getValue(name));
      }
    }
  }

  /**
   * A copy of the service's document where every component whose name is already taken by a
   * different definition is renamed {@code <service>_<name>}, with every reference to it.
   */
  private static JsonObject withUniqueComponentNames(ServiceDocument source, JsonObject taken) {
    JsonObject document = source.document().copy();
    JsonObject sourceComponents = document.getJsonObject("components");
    if (sourceComponents == null) {
      return document;
    }
    Map<String, String> renamedRefs = new HashMap<>();
    for (String kind : sourceComponents.fieldNames()) {
      if (!(sourceComponents.getValue(kind) instanceof JsonObject entries)
          || !(taken.getValue(kind) instanceof JsonObject existing)) {
        continue;
      }
      for (String name : new ArrayList<>(entries.fieldNames())) {
        Object definition = entries.getValue(name);
        if (existing.containsKey(name) && !existing.getValue(name).equals(definition)) {
          String unique = source.service() + "_" + name;
          entries.remove(name);
          entries.put(unique, definition);
          renamedRefs.put(
              "#/components/" + kind + "/" + name, "#/components/" + kind + "/" + unique);
        }
      }
    }
    return renamedRefs.isEmpty() ? document : (JsonObject) rewriteRefs(document, renamedRefs);
  }

  private static Object rewriteRefs(Object node, Map<String, String> renamed) {
    if (node instanceof JsonObject object) {
      JsonObject copy = new JsonObject();
      for (String key : object.fieldNames()) {
        Object value = object.getValue(key);
        if ("$ref".equals(key) && value instanceof String ref && renamed.containsKey(ref)) {
          copy.put(key, renamed.get(ref));
        } else {
          copy.put(key, rewriteRefs(value, renamed));
        }
      }
      return copy;
    }
    if (node instanceof JsonArray array) {
      JsonArray copy = new JsonArray();
      for (Object value : array) {
        copy.add(rewriteRefs(value, renamed));
      }
      return copy;
    }
    return node;
  }
}
