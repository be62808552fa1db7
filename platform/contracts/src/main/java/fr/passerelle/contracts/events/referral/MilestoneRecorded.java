package fr.passerelle.contracts.events.referral;

import fr.passerelle.contracts.events.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/** A step of the path: a skills certificate, a company immersion, an internship, a review. */
public record MilestoneRecorded(
    UUID referralId,
    UUID personId,
    UUID siteId,
    UUID milestoneId,
    String kind,
    @Nullable String employerSiret,
    LocalDate startsOn,
    @Nullable LocalDate endsOn) {}
