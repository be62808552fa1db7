package fr.passerelle.gateway.edge;

import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.gateway.problem.Problems;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The gateway's own limits on a request's head: the request target (path and query) and the
 * headers. The HTTP decoder has limits too, but answers them with an empty 414 or 431 before any
 * handler runs; its limits are set well above these, so that a request over them gets a problem.
 */
final class RequestHeadLimits {

  /** Method, spaces and protocol version around the target on the request line. */
  private static final int REQUEST_LINE_OVERHEAD = 32;

  private final long maxUriLength;
  private final long maxHeaderSize;

  RequestHeadLimits(
      long maxUriLength, long maxHeaderSize, int decoderLineLimit, long decoderHeaderLimit) {
    if (maxUriLength + REQUEST_LINE_OVERHEAD > decoderLineLimit) {
      throw new IllegalStateException(
          "passerelle.gateway.max-uri-length ("
              + maxUriLength
              + ") must stay below quarkus.http.limits.max-initial-line-length ("
              + decoderLineLimit
              + "), or the decoder answers longer requests without a problem");
    }
    // The decoder also counts each header's separator: keep room for many small headers.
    if (maxHeaderSize * 2 > decoderHeaderLimit) {
      throw new IllegalStateException(
          "passerelle.gateway.max-header-size ("
              + maxHeaderSize
              + ") must stay below half quarkus.http.limits.max-header-size ("
              + decoderHeaderLimit
              + "), or the decoder answers larger heads without a problem");
    }
    this.maxUriLength = maxUriLength;
    this.maxHeaderSize = maxHeaderSize;
  }

  /** Answers a 414 or 431 problem and returns false when the request's head is over a limit. */
  boolean admit(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    int uriLength = request.uri().length();
    if (uriLength > maxUriLength) {
      Problems.send(
          rc,
          ProblemType.URI_TOO_LONG,
          "The request target (path and query) is "
              + uriLength
              + " characters long; at most "
              + maxUriLength
              + " are accepted.",
          Map.of("maxLength", maxUriLength));
      return false;
    }
    long headerSize = headerSize(request);
    if (headerSize > maxHeaderSize) {
      Problems.send(
          rc,
          ProblemType.HEADERS_TOO_LARGE,
          "The request headers take "
              + headerSize
              + " bytes (names and values); at most "
              + maxHeaderSize
              + " are accepted.",
          Map.of("maxBytes", maxHeaderSize));
      return false;
    }
    return true;
  }

  private static long headerSize(HttpServerRequest request) {
    long size = 0;
    for (Entry<String, String> header : request.headers()) {
      size += header.getKey().length() + header.getValue().length();
    }
    return size;
  }
}
