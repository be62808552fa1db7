package fr.passerelle.contracts.security;

import java.util.List;

/** The token claims Passerelle reads, and in which order. */
public final class Claims {

  /** The advisor's Pôle emploi agency (a SAFIR code), a string. */
  public static final String SAFIR = "safir";

  /** The E2C sites an E2C user works for: site ids, an array (or one string). */
  public static final String E2C_SITES = "e2c_sites";

  /**
   * Where the OAuth client id is read, first present wins: Keycloak names the client in {@code
   * azp}; other providers (and Keycloak's service accounts, as well) write {@code client_id}.
   */
  public static final List<String> CLIENT_ID = List.of("azp", "client_id");

  private Claims() {}
}
