package fr.passerelle.platform.events;

/** A record that is not a readable Passerelle CloudEvent: retrying it cannot help. */
public class MalformedEventException extends RuntimeException {

  public MalformedEventException(String message) {
    super(message);
  }

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
