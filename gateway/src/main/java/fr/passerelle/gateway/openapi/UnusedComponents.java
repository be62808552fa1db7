package fr.passerelle.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes the components no routed operation refers to, directly or through another component: a
 * service's schemas for paths the gateway does not serve would only mislead a reader (and the
 * linters report them).
 */
final class UnusedComponents {

  private static final String PREFIX = "#/components/";

  private UnusedComponents() {}

  static void prune(JsonObject paths, JsonObject components) {
    Set<String> used = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    collectRefs(paths, pending);
    while (!pending.isEmpty()) {
      String ref = pending.pop();
      if (used.add(ref) && ref.startsWith(PREFIX)) {
        String[] kindAndName = ref.substring(PREFIX.length()).split("/", 2);
        if (kindAndName.length == 2
            && components.getValue(kindAndName[0]) instanceof JsonObject entries) {
          collectRefs(entries.getValue(kindAndName[1]), pending);
        }
      }
    }
    for (String kind : List.copyOf(components.fieldNames())) {
      if ("securitySchemes".equals(kind)
          || !(components.getValue(kind) instanceof JsonObject entries)) {
        continue;
      }
      for (String name : List.copyOf(entries.fieldNames())) {
        if (!used.contains(PREFIX + kind + "/" + name)) {
          entries.remove(name);
        }
      }
    }
  }

  private static void collectRefs(Object node, Deque<String> refs) {
    if (node instanceof JsonObject object) {
      for (String key : object.fieldNames()) {
        Object value = object.getValue(key);
        if ("$ref".equals(key) && value instanceof String ref) {
          refs.push(ref);
        } else {
          collectRefs(value, refs);
        }
      }
    } else if (node instanceof JsonArray array) {
      for (Object value : array) {
        collectRefs(value, refs);
      }
    }
  }
}
