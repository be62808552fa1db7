package fr.passerelle.contracts.events.prospection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Both networks held an employer event together; attendance is a count, never names. */
public record JointActionHeld(
    UUID jointActionId,
    String kind,
    LocalDate heldOn,
    String departmentCode,
    List<UUID> siteIds,
    List<String> agencySafirs,
    int employerCount,
    int youngPeopleCount) {}
