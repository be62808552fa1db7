package fr.passerelle.directory.session;

/** The coded values of an information session. */
public final class SessionEnums {

  private SessionEnums() {}

  /** Where the session is held: at the site, or hosted in a Pôle emploi agency. */
  public enum Venue {
    SITE,
    AGENCY
  }

  public enum Format {
    IN_PERSON,
    VIDEO
  }

  public enum SessionStatus {
    SCHEDULED,
    CANCELLED,
    DONE
  }
}
