package fr.passerelle.directory.referent;

/** What a referent does; the first two belong to a site, the last to an agency. */
public enum ReferentFunction {
  PEDAGOGICAL_REFERENT,
  COMPANY_RELATIONS_OFFICER,
  AGENCY_E2C_REFERENT;

  public boolean belongsToAgency() {
    return this == AGENCY_E2C_REFERENT;
  }
}
