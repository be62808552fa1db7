package fr.passerelle.contracts.events.prospection;

import fr.passerelle.contracts.events.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/** A contact with an employer was planned or recorded by either network; no note, no name. */
public record ContactRecorded(
    UUID contactId,
    UUID employerId,
    String departmentCode,
    String network,
    String status,
    String channel,
    String direction,
    String purpose,
    LocalDate contactOn,
    boolean joint,
    @Nullable String coordinatedWithNetwork) {}
