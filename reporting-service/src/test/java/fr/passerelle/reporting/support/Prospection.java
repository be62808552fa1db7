package fr.passerelle.reporting.support;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.prospection.ConflictRaised;
import fr.passerelle.contracts.events.prospection.ContactRecorded;
import fr.passerelle.contracts.events.prospection.JointActionHeld;
import fr.passerelle.contracts.events.prospection.OpeningDetails;
import fr.passerelle.contracts.events.prospection.OverSolicitationRefused;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Coordinated prospection in one department as the prospection service publishes it: contacts by
 * network ({@code PE} or {@code E2C}), conflicts, over-solicitations refused, joint actions and
 * openings, on given days or at given times (France's time).
 */
public final class Prospection {

  private final Published published;
  private final String department;
  private final String commune;

  public Prospection(Published published, String department, String commune) {
    this.published = published;
    this.department = department;
    this.commune = commune;
  }

  /** A contact held ({@code DONE}) or {@code PLANNED} by the network, alone. */
  public void contact(UUID employer, String network, String status, String channel, String on) {
    contact(employer, network, status, channel, on, false);
  }

  /** A contact held by the network with the other one. */
  public void jointContact(UUID employer, String network, String channel, String on) {
    contact(employer, network, "DONE", channel, on, true);
  }

  private void contact(
      UUID employer, String network, String status, String channel, String on, boolean joint) {
    published.event(
        ProspectionEvents.CONTACT_RECORDED,
        employer,
        new ContactRecorded(
            UUID.randomUUID(),
            employer,
            department,
            network,
            status,
            channel,
            "OUTBOUND",
            "RECRUITMENT_NEED",
            LocalDate.parse(on),
            joint,
            joint ? (network.equals("PE") ? "E2C" : "PE") : null));
  }

  /** The network asked to contact an employer the other one leads. */
  public void conflict(UUID employer, String requestingNetwork, String at) {
    published.event(
        ProspectionEvents.CONFLICT_RAISED,
        employer,
        new ConflictRaised(
            employer,
            department,
            requestingNetwork,
            requestingNetwork.equals("PE") ? "E2C" : "PE",
            Paths.at(at)));
  }

  public void overSolicitationRefused(UUID employer, String network, String at) {
    published.event(
        ProspectionEvents.OVER_SOLICITATION_REFUSED,
        employer,
        new OverSolicitationRefused(employer, department, network, 3, 3, Paths.at(at)));
  }

  public void jointAction(String heldOn, List<UUID> sites, List<String> agencies) {
    UUID action = UUID.randomUUID();
    published.event(
        ProspectionEvents.JOINT_ACTION_HELD,
        action,
        new JointActionHeld(
            action, "JOB_DATING", LocalDate.parse(heldOn), department, sites, agencies, 12, 30));
  }

  /** An opening published by the network; answers its id. */
  public UUID opening(UUID employer, String network, String at) {
    UUID opening = UUID.randomUUID();
    publish(ProspectionEvents.OPENING_PUBLISHED, opening, employer, network, "OPEN", at);
    return opening;
  }

  public void filled(UUID opening, UUID employer, String network, String at) {
    publish(ProspectionEvents.OPENING_FILLED, opening, employer, network, "FILLED", at);
  }

  private void publish(
      EventType<OpeningDetails> type,
      UUID opening,
      UUID employer,
      String network,
      String status,
      String at) {
    published.event(
        type,
        opening,
        new OpeningDetails(
            opening,
            employer,
            network,
            "JOB",
            "G1602",
            commune,
            department,
            1,
            null,
            null,
            status,
            Paths.at(at)));
  }
}
