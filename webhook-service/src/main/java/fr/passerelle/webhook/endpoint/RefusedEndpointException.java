package fr.passerelle.webhook.endpoint;

/** The endpoint's host points where webhooks may not go, or does not resolve. */
public class RefusedEndpointException extends RuntimeException {

  public RefusedEndpointException(String message) {
    super(message, null, false, false);
  }
}
