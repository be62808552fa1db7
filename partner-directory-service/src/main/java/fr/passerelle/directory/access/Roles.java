package fr.passerelle.directory.access;

/** The realm roles this service knows (ARCHITECTURE.md). */
public final class Roles {

  public static final String ADMIN = "admin";
  public static final String DIRECTORY_ADMIN = "directory-admin";
  public static final String E2C_STAFF = "e2c-staff";
  public static final String PE_ADVISOR = "pe-advisor";
  public static final String PE_COMPANY_ADVISOR = "pe-company-advisor";
  public static final String E2C_COMPANY_OFFICER = "e2c-company-officer";
  public static final String PE_SYSTEM = "pe-system";
  public static final String PARTNER = "partner";

  /** The referral service's own identity (client credentials): books seats for its referrals. */
  public static final String REFERRAL_SERVICE = "referral-service";

  /**
   * Not a realm role: given by {@link ReaderRoleAugmentor} to every caller holding one of the roles
   * that may read the directory, so that read operations name one role.
   */
  public static final String READER = "directory-reader";

  static final java.util.Set<String> READING_ROLES =
      java.util.Set.of(
          ADMIN,
          DIRECTORY_ADMIN,
          E2C_STAFF,
          PE_ADVISOR,
          PE_COMPANY_ADVISOR,
          E2C_COMPANY_OFFICER,
          PE_SYSTEM,
          PARTNER);

  private Roles() {}
}
