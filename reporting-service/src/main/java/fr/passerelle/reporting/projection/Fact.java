package fr.passerelle.reporting.projection;

/** A row an event gives to one projection table. */
public sealed interface Fact
    permits SiteFact,
        AgencyFact,
        SessionFact,
        PairingFact,
        ReferralFact,
        OrientationFact,
        ProspectionFact {

  FactTable<? extends Fact> table();
}
