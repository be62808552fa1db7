package fr.passerelle.referral.access;

/** Which network acts: Pôle emploi (advisor or its information system), the E2C, or the service. */
public enum Side {
  PE,
  E2C,
  SYSTEM
}
