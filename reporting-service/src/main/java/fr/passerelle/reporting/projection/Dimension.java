package fr.passerelle.reporting.projection;

import java.time.OffsetDateTime;

/** A row that says how something stands (a site, a session): the latest event's row wins. */
public sealed interface Dimension extends Fact
    permits SiteFact, AgencyFact, SessionFact, PairingFact {

  OffsetDateTime eventTime();
}
