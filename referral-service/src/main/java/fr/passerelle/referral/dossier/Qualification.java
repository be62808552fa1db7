package fr.passerelle.referral.dossier;

/** Highest diploma, on the national scale of qualification levels. */
public enum Qualification {
  /** No diploma. */
  NONE,
  /** Diplôme national du brevet or certificat de formation générale: not professional. */
  BREVET,
  /** Level 3: CAP, BEP. */
  CAP_BEP,
  /** Level 4: baccalauréat. */
  BAC,
  /** Level 5 and above. */
  HIGHER
}
