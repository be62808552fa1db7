package fr.passerelle.gateway.openapi;

import fr.passerelle.gateway.routing.Route;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** One service's OpenAPI document, with the routes through which the gateway serves it. */
record ServiceDocument(String service, JsonObject document, List<Route> routes) {}
