package fr.passerelle.referral.support;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import java.time.Instant;
import java.util.UUID;

/** What the directory publishes about an information session, as a test needs it. */
public final class Sessions {

  private Sessions() {}

  public static void cancelled(UUID session, UUID site, Instant startsAt) {
    publish(DirectoryEvents.SESSION_CANCELLED, session, site, startsAt, "CANCELLED");
  }

  public static void rescheduled(UUID session, UUID site, Instant startsAt) {
    publish(DirectoryEvents.SESSION_UPDATED, session, site, startsAt, "SCHEDULED");
  }

  private static void publish(
      EventType<?> type, UUID session, UUID site, Instant startsAt, String status) {
    String data =
        ("{\"sessionId\":\"%s\",\"siteId\":\"%s\",\"departmentCode\":\"59\",\"regionCode\":\"32\","
                + "\"venue\":\"SITE\",\"agencyId\":null,\"format\":\"IN_PERSON\","
                + "\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"capacity\":12,\"seatsBooked\":0,"
                + "\"seatsLeft\":12,\"status\":\"%s\"}")
            .formatted(session, site, startsAt, startsAt.plusSeconds(7200), status);
    DirectoryTopic.publish(type, session.toString(), data);
  }
}
