package fr.passerelle.platform.web.idempotency;

import java.util.Map;

/** The part of a response kept for replay: status, a few headers and the JSON body. */
record StoredResponse(int status, Map<String, String> headers, String body) {}
