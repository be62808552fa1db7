package fr.passerelle.referral.access;

/** The realm roles this service knows (ARCHITECTURE.md). */
public final class Roles {

  public static final String ADMIN = "admin";
  public static final String E2C_STAFF = "e2c-staff";
  public static final String PE_ADVISOR = "pe-advisor";
  public static final String PE_SYSTEM = "pe-system";

  private Roles() {}
}
