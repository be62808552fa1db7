/**
 * French reference identifiers as pure checks ({@link
 * fr.passerelle.platform.identifiers.FrenchIdentifiers}) and Jakarta Bean Validation constraints.
 *
 * <ul>
 *   <li>{@link fr.passerelle.platform.identifiers.Siren} and {@link
 *       fr.passerelle.platform.identifiers.Siret}: INSEE Sirene register identifiers, Luhn
 *       checksum, with the La Poste exception for SIRETs (sum of the digits a multiple of 5).
 *   <li>{@link fr.passerelle.platform.identifiers.InseeCommuneCode}: commune codes of the INSEE
 *       Code officiel géographique (COG), Corsica 2A/2B and overseas included.
 *   <li>{@link fr.passerelle.platform.identifiers.PostalCode}: La Poste postal codes.
 *   <li>{@link fr.passerelle.platform.identifiers.SafirCode}: France Travail agency codes.
 *   <li>{@link fr.passerelle.platform.identifiers.FranceTravailId}: France Travail (formerly Pôle
 *       emploi) job-seeker identifiers, historical 8-character and national 11-digit forms.
 *   <li>{@link fr.passerelle.platform.identifiers.RomeCode}: codes of the ROME, France Travail's
 *       directory of occupations.
 *   <li>{@link fr.passerelle.platform.identifiers.NafCode}: INSEE NAF rév. 2 activity codes (APE).
 * </ul>
 *
 * <p>Checks are structural: they never trim or normalise input and do not look values up in a
 * register. {@code null} is valid for every constraint. Sources: INSEE (Sirene, COG, NAF rév. 2),
 * La Poste, France Travail (ROME, SAFIR) and, for the job-seeker identifier, the validators of the
 * public service "Les emplois de l'inclusion"; details in each method's Javadoc.
 */
package fr.passerelle.platform.identifiers;
