package fr.passerelle.gateway.routing;

import fr.passerelle.contracts.problem.ProblemType;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * What a failed upstream call means for the caller: a service that did not answer in time is a 504,
 * one that could not be reached or dropped the connection a 503.
 */
final class UpstreamFailure {

  private UpstreamFailure() {}

  static ProblemType problemFor(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      // ConnectTimeoutException is a ConnectException: it must be recognised before refusals.
      if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
        return ProblemType.UPSTREAM_TIMEOUT;
      }
    }
    return ProblemType.UNAVAILABLE;
  }

  /** The service closed or reset the connection: worth another attempt when nothing was lost. */
  static boolean connectionDropped(Throwable failure) {
    if (problemFor(failure) == ProblemType.UPSTREAM_TIMEOUT) {
      return false;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpClosedException || cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  static String detail(ProblemType problem, String service) {
    return problem == ProblemType.UPSTREAM_TIMEOUT
        ? "The " + service + " service did not answer in time."
        : "The " + service + " service is unavailable; retry later.";
  }
}
