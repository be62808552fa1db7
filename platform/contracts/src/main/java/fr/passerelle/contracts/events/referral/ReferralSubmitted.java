package fr.passerelle.contracts.events.referral;

import fr.passerelle.contracts.events.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A young person was referred to an E2C site; what indicators need, nothing identifying. */
public record ReferralSubmitted(
    UUID referralId,
    UUID personId,
    UUID siteId,
    String agencySafir,
    String departmentCode,
    String submittedVia,
    int ageAtSubmission,
    String highestQualification,
    List<String> barriers,
    List<String> overriddenRules,
    Instant submittedAt,
    @Nullable String clientId) {}
