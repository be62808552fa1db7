package fr.passerelle.reporting.projection;

/** A row an event gives to one projection table. */
public sealed interface Fact permits Dimension, ReferralFact, OrientationFact, ProspectionFact {

  FactTable<? extends Fact> table();
}
