package fr.passerelle.referral.privacy;

import fr.passerelle.platform.identifiers.Nir;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The {@value #HEADER} header, why the caller reads personal data, written to the access log: at
 * most {@value #MAX_LENGTH} characters (the {@code access_log.purpose} column's check) and never a
 * NIR. A purpose that breaks either rule is refused with 400 before anything is read, on every
 * operation: never cut, since a cut purpose could say something else.
 */
public class AccessPurpose {

  public static final String HEADER = "X-Access-Purpose";
  public static final int MAX_LENGTH = 200;
  public static final String DESCRIPTION =
      "Why personal data is read, written to the access log: at most "
          + MAX_LENGTH
          + " characters (more is refused with 400, never cut), no social security number";

  /** The caller's purpose, stripped, or {@code null} when none was given. */
  static String given(String header) {
    return header == null || header.isBlank() ? null : header.strip();
  }

  @ServerRequestFilter
  public void refuseAnInvalidPurpose(ContainerRequestContext request) {
    String purpose = given(request.getHeaderString(HEADER));
    if (purpose == null) {
      return;
    }
    if (purpose.codePointCount(0, purpose.length()) > MAX_LENGTH) {
      throw new InvalidRequestException(HEADER, "must be at most " + MAX_LENGTH + " characters");
    }
    if (Nir.appearsIn(purpose)) {
      throw new InvalidRequestException(HEADER, Nir.RULE);
    }
  }
}
