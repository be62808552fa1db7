package fr.passerelle.directory.site;

/** Whether a site takes young people: only ACTIVE sites are proposed to advisors. */
public enum SiteStatus {
  ACTIVE,
  SUSPENDED,
  CLOSED
}
