package fr.passerelle.webhook.delivery;

/** How an attempt ended. */
public enum AttemptOutcome {
  /** A 2xx within the timeout. */
  SUCCESS,
  /** Any other status (redirects are not followed). */
  HTTP_ERROR,
  /** {@code 410 Gone}: the endpoint wants no more; its subscription is disabled. */
  GONE,
  /** No answer within the timeout. */
  TIMEOUT,
  /** No connection, or it broke. */
  NETWORK_ERROR,
  /** The host resolved to an address webhooks may not reach, or did not resolve. */
  REFUSED_ADDRESS;

  public boolean succeeded() {
    return this == SUCCESS;
  }
}
