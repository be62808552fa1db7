package fr.passerelle.prospection.contact;

import fr.passerelle.contracts.events.prospection.ContactRecorded;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.prospection.contact.ContactApi.AgendaEntry;
import fr.passerelle.prospection.contact.ContactApi.ContactView;
import fr.passerelle.prospection.contact.ContactApi.MarkDone;
import fr.passerelle.prospection.contact.ContactApi.RecordContact;
import fr.passerelle.prospection.employer.Employer;
import fr.passerelle.prospection.employer.EmployerScope;
import fr.passerelle.prospection.territory.Network;
import fr.passerelle.prospection.territory.Territory;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The shared log of contacts with employers and the agenda of planned ones. Every contact locks its
 * employer's row while the coordination rules are checked ({@link Coordination}): concurrent
 * contacts cannot pass the solicitation ceiling, nor slip past a lead taken meanwhile. A refusal
 * changes nothing; its event is published by {@link CountsRefusals}, on the resource.
 */
@ApplicationScoped
public class ContactService {

  private static final Logger LOG = Logger.getLogger(ContactService.class);
  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private final Territory territory;
  private final EmployerScope employers;
  private final Coordination coordination;
  private final Outbox outbox;
  private final Clock clock;

  ContactService(
      Territory territory,
      EmployerScope employers,
      Coordination coordination,
      Outbox outbox,
      Clock clock) {
    this.territory = territory;
    this.employers = employers;
    this.coordination = coordination;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Plans or records a contact; the author and their network come from the token.
   *
   * @throws CountedRefusal (409) on a conflict with the other network's lead, or past the
   *     solicitation ceiling
   * @throws RuleViolationException (422) for a day on the wrong side of today, or a next step
   *     before the contact
   */
  @Transactional
  public ContactView record(UUID employerId, RecordContact request) {
    Network network = territory.requireNetwork();
    Employer employer = employers.visibleForUpdate(employerId);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    LocalDate today = LocalDate.ofInstant(now, FRANCE);
    requireDays(request.status(), request.contactOn(), request.nextStepOn(), today);
    String jointWith =
        coordination.requireNoConflict(employer, network, request.coordinatedWith(), now);
    if (request.direction() == Contact.Direction.OUTBOUND) {
      coordination.requireUnderCeiling(employer, network, request.contactOn(), null, now);
    }
    Contact contact = new Contact();
    contact.id = UUID.randomUUID();
    contact.employerId = employer.id;
    contact.departmentCode = employer.departmentCode;
    contact.network = network.name();
    contact.author = territory.officer();
    contact.status = request.status();
    contact.channel = request.channel();
    contact.direction = request.direction();
    contact.purpose = request.purpose();
    contact.contactOn = request.contactOn();
    contact.outcome = request.outcome();
    contact.nextStep = request.nextStep();
    contact.nextStepOn = request.nextStepOn();
    contact.note = request.note();
    contact.coordinatedWith = blankToNull(request.coordinatedWith());
    contact.joint = jointWith != null;
    contact.createdAt = now;
    contact.persist();
    if (contact.status == Contact.Status.DONE) {
      employer.contactedOn(contact.contactOn);
    }
    published(contact);
    return ContactView.of(contact);
  }

  /**
   * A planned contact took place: by its author's network. The coordination rules apply again to
   * what is recorded (a lead may have been taken since it was planned; a new day is counted).
   *
   * @throws ConflictException (409, {@code status}) when it is done already
   * @throws ForbiddenException (403) for the other network
   */
  @Transactional
  public ContactView markDone(UUID employerId, UUID contactId, MarkDone request) {
    Network network = territory.requireNetwork();
    Employer employer = employers.visibleForUpdate(employerId);
    Contact contact = require(employer, contactId);
    if (!contact.network.equals(network.name())) {
      throw new ForbiddenException("a planned contact is completed by its author's network");
    }
    contact.requirePlanned();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    LocalDate day = request.contactOn() == null ? contact.contactOn : request.contactOn();
    LocalDate nextStepOn = request.nextStepOn() == null ? contact.nextStepOn : request.nextStepOn();
    requireDays(Contact.Status.DONE, day, nextStepOn, LocalDate.ofInstant(now, FRANCE));
    String coordinatedWith =
        request.coordinatedWith() == null ? contact.coordinatedWith : request.coordinatedWith();
    String jointWith = coordination.requireNoConflict(employer, network, coordinatedWith, now);
    if (contact.direction == Contact.Direction.OUTBOUND && !day.equals(contact.contactOn)) {
      coordination.requireUnderCeiling(employer, network, day, contact.id, now);
    }
    contact.status = Contact.Status.DONE;
    contact.contactOn = day;
    contact.nextStepOn = nextStepOn;
    if (request.outcome() != null) {
      contact.outcome = request.outcome();
    }
    if (request.nextStep() != null) {
      contact.nextStep = request.nextStep();
    }
    if (request.note() != null) {
      contact.note = request.note();
    }
    contact.coordinatedWith = blankToNull(coordinatedWith);
    contact.joint = contact.joint || jointWith != null;
    employer.contactedOn(day);
    published(contact);
    return ContactView.of(contact);
  }

  @Transactional
  public ContactView get(UUID employerId, UUID contactId) {
    return ContactView.of(require(employers.visible(employerId), contactId));
  }

  /** The employer's log, by day then id (oldest first). */
  @Transactional
  public Page<ContactView> list(UUID employerId, PageRequest page) {
    employers.visible(employerId);
    return KeysetPage.of(Contact.class, "c")
        .whereEquals("c.employerId", employerId)
        .orderBy(SortKey.date("c.contactOn", c -> c.contactOn), SortKey.uuid("c.id", c -> c.id))
        .fetch(page)
        .map(ContactView::of);
  }

  /**
   * Planned contacts of one department, by day then id. A department outside the caller's territory
   * answers an empty page, as a search does: what lies outside is not revealed.
   *
   * @throws RuleViolationException (422, {@code dates-reversed}) when {@code to} is before {@code
   *     from}
   */
  @Transactional
  public Page<AgendaEntry> agenda(AgendaFilter filter, PageRequest page) {
    LocalDate from =
        filter.from() == null ? LocalDate.ofInstant(clock.instant(), FRANCE) : filter.from();
    LocalDate to =
        filter.to() == null ? from.plusDays(AgendaFilter.DEFAULT_DAYS_AFTER) : filter.to();
    if (to.isBefore(from)) {
      throw new RuleViolationException("dates-reversed", "`to` is before `from`");
    }
    Page<Contact> planned =
        KeysetPage.of(Contact.class, "c")
            .where(territory.condition("c.departmentCode"), territory.parameter())
            .whereEquals("c.departmentCode", filter.department())
            .whereEquals("c.status", Contact.Status.PLANNED)
            .where("c.contactOn >= :from", "from", from)
            .where("c.contactOn <= :to", "to", to)
            .orderBy(SortKey.date("c.contactOn", c -> c.contactOn), SortKey.uuid("c.id", c -> c.id))
            .fetch(page);
    Map<UUID, Employer> named = employersOf(planned.items());
    return planned.map(c -> entry(c, named.get(c.employerId)));
  }

  private static Map<UUID, Employer> employersOf(List<Contact> contacts) {
    List<UUID> ids = contacts.stream().map(c -> c.employerId).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return Employer.<Employer>list("id in ?1", ids).stream()
        .collect(Collectors.toMap(e -> e.id, Function.identity()));
  }

  private static AgendaEntry entry(Contact c, Employer employer) {
    return new AgendaEntry(
        c.id,
        c.employerId,
        employer.name,
        employer.communeCode,
        c.departmentCode,
        Network.valueOf(c.network),
        c.author,
        c.channel,
        c.direction,
        c.purpose,
        c.contactOn,
        c.nextStep,
        c.coordinatedWith,
        c.joint);
  }

  private static Contact require(Employer employer, UUID contactId) {
    Contact contact = Contact.of(employer.id, contactId);
    if (contact == null) {
      throw new ResourceNotFoundException("contact", contactId);
    }
    return contact;
  }

  private static void requireDays(
      Contact.Status status, LocalDate day, LocalDate nextStepOn, LocalDate today) {
    if (status == Contact.Status.DONE && day.isAfter(today)) {
      throw new RuleViolationException(
          "date-in-future", "a contact done is dated today or before; plan it instead");
    }
    if (status == Contact.Status.PLANNED && day.isBefore(today)) {
      throw new RuleViolationException(
          "planned-in-past", "a contact is planned for today or later; record it as done instead");
    }
    if (nextStepOn != null && nextStepOn.isBefore(day)) {
      throw new RuleViolationException(
          "next-step-before-contact", "nextStepOn is before the contact's day");
    }
  }

  /** A joint contact is always agreed with the other network's lead. */
  private void published(Contact contact) {
    String jointWith =
        contact.joint
            ? (Network.PE.name().equals(contact.network) ? Network.E2C : Network.PE).name()
            : null;
    outbox.publish(
        ProspectionEvents.CONTACT_RECORDED,
        contact.employerId,
        new ContactRecorded(
            contact.id,
            contact.employerId,
            contact.departmentCode,
            contact.network,
            contact.status.name(),
            contact.channel.name(),
            contact.direction.name(),
            contact.purpose.name(),
            contact.contactOn,
            contact.joint,
            jointWith));
    LOG.infof(
        "Contact %s %s on employer %s by %s%s",
        contact.id,
        contact.status,
        contact.employerId,
        contact.network,
        contact.joint ? " (joint)" : "");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
