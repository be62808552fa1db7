package fr.passerelle.contracts.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * The client id of a token whose claims {@code claim} reads by name: the first of {@link
   * #CLIENT_ID}.
   */
  public static Optional<String> clientId(Function<String, Object> claim) {
    return CLIENT_ID.stream()
        .map(name -> text(claim.apply(name)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * A claim's value as text, absent when missing or blank. JSON-P string values arrive quoted; the
   * quotes are not part of the value.
   */
  public static Optional<String> text(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString();
    if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }
}
