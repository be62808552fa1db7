package fr.passerelle.referral.dossier;

/** Why the E2C declines a referral (coded, as les emplois de l'inclusion codes its refusals). */
public enum DeclineReason {
  NOT_ELIGIBLE,
  PROJECT_NOT_SUITED,
  NO_PLACE_AVAILABLE,
  DID_NOT_ATTEND,
  YOUNG_PERSON_DECLINED,
  UNREACHABLE,
  BETTER_SUITED_ELSEWHERE,
  OTHER
}
