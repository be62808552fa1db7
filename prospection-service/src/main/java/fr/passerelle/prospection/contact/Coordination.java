package fr.passerelle.prospection.contact;

import fr.passerelle.contracts.events.prospection.ConflictRaised;
import fr.passerelle.contracts.events.prospection.OverSolicitationRefused;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.prospection.config.ProspectionConfig;
import fr.passerelle.prospection.employer.Employer;
import fr.passerelle.prospection.lead.EmployerLead;
import fr.passerelle.prospection.territory.Network;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The two rules that catch conflicts before they happen, checked on every contact planned or
 * recorded, with the employer's row locked by the caller (so that two contacts, or a contact and a
 * lead, apply one after the other):
 *
 * <ul>
 *   <li>while the other network leads the relationship, a contact is refused (409 {@code
 *       prospection-conflict}) unless it names the leading officer in {@code coordinatedWith}: then
 *       it is a joint contact;
 *   <li>at most {@code ceiling} outbound contacts per employer in any window of {@code window}
 *       days, across both networks (409 {@code employer-over-solicited}); inbound contacts (asked
 *       for by the employer) are neither refused nor counted.
 * </ul>
 *
 * Both refusals are {@link CountedRefusal}s: their event is published although the request is
 * refused.
 */
@ApplicationScoped
public class Coordination {

  private static final Logger LOG = Logger.getLogger(Coordination.class);

  private final ProspectionConfig.Solicitation config;

  Coordination(ProspectionConfig config) {
    this.config = config.solicitation();
  }

  /**
   * @return the leading network when the contact is joint (agreed with the other network's lead),
   *     else null
   * @throws CountedRefusal (409 {@code prospection-conflict}) when the other network leads and the
   *     contact was not agreed with its officer
   */
  String requireNoConflict(
      Employer employer, Network network, String coordinatedWith, Instant now) {
    EmployerLead lead = EmployerLead.current(employer.id, now);
    if (lead == null || lead.network.equals(network.name())) {
      return null;
    }
    if (coordinatedWith != null && coordinatedWith.strip().equals(lead.officer)) {
      return lead.network;
    }
    LOG.infof(
        "Conflict on employer %s: %s contact refused while %s leads",
        employer.id, network, lead.network);
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("code", "prospection-conflict");
    members.put("leadNetwork", lead.network);
    members.put("leadOfficer", lead.officer);
    members.put("leadUntil", lead.leadUntil.toString());
    throw new CountedRefusal(
        "the other network leads the relationship with this employer; agree the contact with"
            + " the leading officer and name them in coordinatedWith",
        members,
        ProspectionEvents.CONFLICT_RAISED,
        employer.id,
        new ConflictRaised(
            employer.id, employer.departmentCode, network.name(), lead.network, now));
  }

  /**
   * @param excluded a contact that moves (not counted against itself), or null
   * @throws CountedRefusal (409 {@code employer-over-solicited}) when one more outbound contact on
   *     this day would pass the ceiling
   */
  void requireUnderCeiling(
      Employer employer, Network network, LocalDate day, UUID excluded, Instant now) {
    SolicitationCeiling ceiling = SolicitationCeiling.of(config.ceiling(), config.window());
    List<LocalDate> others =
        Contact.getEntityManager()
            .createQuery(
                "select c.contactOn from Contact c where c.employerId = :employer"
                    + " and c.direction = :outbound and c.contactOn between :from and :to"
                    + " and c.id <> :excluded",
                LocalDate.class)
            .setParameter("employer", employer.id)
            .setParameter("outbound", Contact.Direction.OUTBOUND)
            .setParameter("from", ceiling.reachFrom(day))
            .setParameter("to", ceiling.reachTo(day))
            .setParameter("excluded", excluded == null ? new UUID(0, 0) : excluded)
            .getResultList();
    if (!ceiling.refuses(others, day)) {
      return;
    }
    int count = ceiling.busiestWindow(others, day);
    LOG.infof(
        "Over-solicitation of employer %s: %s outbound contact refused (%d in %d days)",
        employer.id, network, count, ceiling.windowDays());
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("code", "employer-over-solicited");
    members.put("outboundContacts", count);
    members.put("ceiling", ceiling.ceiling());
    members.put("windowDays", ceiling.windowDays());
    throw new CountedRefusal(
        "the employer already has "
            + count
            + " outbound contacts within "
            + ceiling.windowDays()
            + " days of this one, across both networks; only a contact the employer asks for"
            + " (INBOUND) is recorded",
        members,
        ProspectionEvents.OVER_SOLICITATION_REFUSED,
        employer.id,
        new OverSolicitationRefused(
            employer.id, employer.departmentCode, network.name(), count, ceiling.ceiling(), now));
  }
}
