package fr.passerelle.prospection.lead;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.prospection.LeadChanged;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.prospection.config.ProspectionConfig;
import fr.passerelle.prospection.employer.Employer;
import fr.passerelle.prospection.employer.EmployerScope;
import fr.passerelle.prospection.lead.LeadApi.HandOver;
import fr.passerelle.prospection.lead.LeadApi.LeadView;
import fr.passerelle.prospection.lead.LeadApi.TakeLead;
import fr.passerelle.prospection.territory.Network;
import fr.passerelle.prospection.territory.Territory;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Who leads the relationship with each employer: one lead at a time, taken for a follow-up window
 * (default 30 days, at most 90), released by its holder or an admin, handed over to a named officer
 * of either network, expired by itself ({@link LeadExpiryJob}). Every change locks the employer's
 * row, so that two takers, a taker and the job, or a lead and a contact apply one after the other,
 * and keeps the employer's copy of its lead (read by search) in step.
 */
@ApplicationScoped
public class LeadService {

  private static final Logger LOG = Logger.getLogger(LeadService.class);

  private final Territory territory;
  private final EmployerScope employers;
  private final Outbox outbox;
  private final ProspectionConfig.Lead config;
  private final Clock clock;

  LeadService(
      Territory territory,
      EmployerScope employers,
      Outbox outbox,
      ProspectionConfig config,
      Clock clock) {
    this.territory = territory;
    this.employers = employers;
    this.outbox = outbox;
    this.config = config.lead();
    this.clock = clock;
  }

  /** A lead as taken: {@code created} false when its holder renewed it. */
  public record Taken(LeadView lead, boolean created) {}

  /**
   * Takes the lead, or renews the window of the caller's own lead.
   *
   * @throws ConflictException (409, {@code employer-led}) when someone else leads it now
   * @throws RuleViolationException (422, {@code lead-window-too-long}) past the longest window
   */
  @Transactional
  public Taken take(UUID employerId, TakeLead request) {
    Network network = territory.requireNetwork();
    Duration window = window(request.days(), config.defaultWindow());
    Employer employer = employers.visibleForUpdate(employerId);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    EmployerLead lead = currentOrExpire(employer, now);
    Instant until = now.plus(window);
    boolean created = lead == null;
    if (created) {
      lead = EmployerLead.of(employer.id, network.name(), territory.officer(), now, until);
      lead.persist();
    } else if (lead.officer.equals(territory.officer()) && lead.network.equals(network.name())) {
      lead.leadUntil = until;
    } else {
      throw held(lead, "the employer is led by another officer; ask them to hand the lead over");
    }
    employer.ledBy(lead.network, lead.officer, lead.leadUntil);
    publish(ProspectionEvents.LEAD_TAKEN, employer, lead, null, now);
    LOG.infof("Lead %s on employer %s taken by %s until %s", lead.id, employer.id, network, until);
    return new Taken(LeadView.of(lead), created);
  }

  /**
   * @throws ResourceNotFoundException (404) when nobody leads the employer now
   */
  @Transactional
  public LeadView current(UUID employerId) {
    Employer employer = employers.visible(employerId);
    return LeadView.of(require(employer, clock.instant()));
  }

  /**
   * Ends the lead before its window: by its holder, or by an admin.
   *
   * @throws ForbiddenException (403) for anyone else
   */
  @Transactional
  public LeadView release(UUID employerId) {
    Employer employer = employers.visibleForUpdate(employerId);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    EmployerLead lead = require(employer, now);
    if (!territory.isNational() && !holds(lead)) {
      throw new ForbiddenException("only the lead's holder or an admin releases it");
    }
    lead.end(EmployerLead.EndReason.RELEASED, now);
    employer.leadEnded();
    publish(ProspectionEvents.LEAD_RELEASED, employer, lead, null, now);
    LOG.infof("Lead %s on employer %s released", lead.id, employer.id);
    return LeadView.of(lead);
  }

  /**
   * Hands the lead over to a named officer of either network, who holds a new lead for what is left
   * of the window (or for the days asked).
   *
   * @throws ForbiddenException (403) for anyone but the holder
   */
  @Transactional
  public LeadView handOver(UUID employerId, HandOver request) {
    territory.requireNetwork();
    Employer employer = employers.visibleForUpdate(employerId);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    EmployerLead lead = require(employer, now);
    if (!holds(lead)) {
      throw new ForbiddenException("only the lead's holder hands it over");
    }
    String officer = request.officer().strip();
    if (officer.equals(lead.officer)) {
      throw new RuleViolationException(
          "handover-to-holder", "the lead is handed over to another officer than its holder");
    }
    Instant until =
        request.days() == null
            ? lead.leadUntil
            : now.plus(window(request.days(), config.defaultWindow()));
    lead.end(EmployerLead.EndReason.HANDED_OVER, now);
    lead.handedTo = officer;
    EmployerLead.flush(); // the ended lead leaves the one-at-a-time index before the next enters
    EmployerLead next = EmployerLead.of(employer.id, request.network().name(), officer, now, until);
    next.persist();
    employer.ledBy(next.network, next.officer, next.leadUntil);
    publish(ProspectionEvents.LEAD_HANDED_OVER, employer, next, lead.network, now);
    LOG.infof(
        "Lead %s on employer %s handed over from %s to %s as lead %s",
        lead.id, employer.id, lead.network, next.network, next.id);
    return LeadView.of(next);
  }

  /**
   * Ends the employer's lead if its window is over; the employer's row is locked by the caller.
   *
   * @return whether a lead expired
   */
  boolean expireIfOver(Employer employer, Instant now) {
    EmployerLead lead = EmployerLead.open(employer.id);
    if (lead == null || lead.isRunningAt(now)) {
      return false;
    }
    expire(employer, lead, now);
    return true;
  }

  /** The running lead, after ending one whose window is over (the job may not have run yet). */
  private EmployerLead currentOrExpire(Employer employer, Instant now) {
    EmployerLead lead = EmployerLead.open(employer.id);
    if (lead != null && !lead.isRunningAt(now)) {
      expire(employer, lead, now);
      EmployerLead.flush(); // before a new lead enters the one-at-a-time index
      return null;
    }
    return lead;
  }

  private void expire(Employer employer, EmployerLead lead, Instant now) {
    lead.end(EmployerLead.EndReason.EXPIRED, now);
    employer.leadEnded();
    publish(ProspectionEvents.LEAD_EXPIRED, employer, lead, null, now);
    LOG.infof("Lead %s on employer %s expired", lead.id, employer.id);
  }

  private EmployerLead require(Employer employer, Instant now) {
    EmployerLead lead = EmployerLead.current(employer.id, now);
    if (lead == null) {
      throw new ResourceNotFoundException("lead of employer", employer.id);
    }
    return lead;
  }

  private boolean holds(EmployerLead lead) {
    return territory.network().map(n -> n.name().equals(lead.network)).orElse(false)
        && lead.officer.equals(territory.officer());
  }

  private Duration window(Integer days, Duration fallback) {
    Duration window = days == null ? fallback : Duration.ofDays(days);
    if (window.compareTo(config.maxWindow()) > 0) {
      throw new RuleViolationException(
          "lead-window-too-long",
          "a lead is taken for " + config.maxWindow().toDays() + " days at most",
          Map.of("maxDays", config.maxWindow().toDays()));
    }
    return window;
  }

  /** 409 naming who leads: their network, their work identity and the window's end. */
  static ConflictException held(EmployerLead lead, String detail) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("code", "employer-led");
    members.put("leadNetwork", lead.network);
    members.put("leadOfficer", lead.officer);
    members.put("leadUntil", lead.leadUntil.toString());
    return new ConflictException(detail, members);
  }

  private void publish(
      EventType<LeadChanged> type,
      Employer employer,
      EmployerLead lead,
      String fromNetwork,
      Instant now) {
    // A hand-over names the new lead, the network it leaves and the one it goes to.
    String network = fromNetwork == null ? lead.network : fromNetwork;
    String handedTo = fromNetwork == null ? null : lead.network;
    outbox.publish(
        type,
        employer.id,
        new LeadChanged(
            lead.id, employer.id, employer.departmentCode, network, lead.leadUntil, handedTo, now));
  }
}
