package fr.passerelle.gateway.security;

/** Takes the token out of an {@code Authorization: Bearer <token>} header (RFC 6750). */
public final class BearerToken {

  private static final String SCHEME = "bearer ";

  private BearerToken() {}

  /** The token, or null when the header is absent, of another scheme or empty. */
  public static String from(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null;
    }
    String token = authorization.substring(SCHEME.length()).trim();
    return token.isEmpty() ? null : token;
  }
}
