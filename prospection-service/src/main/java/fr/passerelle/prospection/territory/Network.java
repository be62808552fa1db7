package fr.passerelle.prospection.territory;

/** The two networks that prospect employers. */
public enum Network {
  /** Pôle emploi's company advisors ({@code pe-company-advisor}). */
  PE,
  /** The E2C company-relations officers ({@code e2c-company-officer}). */
  E2C
}
