package fr.passerelle.prospection.opening;

/** What an opening offers a young person. */
public enum OpeningKind {
  /** A job (CDI, CDD, interim). */
  JOB,
  /** An apprenticeship contract. */
  APPRENTICESHIP,
  /** A company immersion (PMSMP, période de mise en situation en milieu professionnel). */
  COMPANY_IMMERSION,
  /** An internship (stage) during the E2C path. */
  INTERNSHIP
}
