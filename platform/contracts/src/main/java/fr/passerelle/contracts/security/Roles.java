package fr.passerelle.contracts.security;

import java.util.Set;

/**
 * The realm roles of Passerelle's tokens ({@code realm_access.roles}), as ARCHITECTURE.md lists
 * them, plus the services' own machine roles. Services annotate operations with these constants
 * ({@code @RolesAllowed(Roles.PE_ADVISOR)}), never with string literals.
 */
public final class Roles {

  public static final String PE_ADVISOR = "pe-advisor";
  public static final String PE_COMPANY_ADVISOR = "pe-company-advisor";
  public static final String E2C_STAFF = "e2c-staff";
  public static final String E2C_COMPANY_OFFICER = "e2c-company-officer";
  public static final String DIRECTORY_ADMIN = "directory-admin";
  public static final String STEERING = "steering";
  public static final String ADMIN = "admin";

  /** The Pôle emploi information system (client credentials). */
  public static final String PE_SYSTEM = "pe-system";

  /** Another partner system (client credentials). */
  public static final String PARTNER = "partner";

  /** The referral service's own identity towards the directory (client credentials). */
  public static final String REFERRAL_SERVICE = "referral-service";

  /** Every realm role a person or a partner system may hold. */
  public static final Set<String> REALM =
      Set.of(
          PE_ADVISOR,
          PE_COMPANY_ADVISOR,
          E2C_STAFF,
          E2C_COMPANY_OFFICER,
          DIRECTORY_ADMIN,
          STEERING,
          ADMIN,
          PE_SYSTEM,
          PARTNER,
          REFERRAL_SERVICE);

  private Roles() {}
}
