package fr.passerelle.referral.timeline;

import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.web.openapi.Bounds;
import fr.passerelle.referral.access.Side;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The timeline's request and response records. */
public final class TimelineApi {

  private TimelineApi() {}

  public static final int MAX_BODY = 4000;

  @NoNir
  @Schema(name = "TimelinePost")
  public record Post(
      @NotNull @Schema(example = "MESSAGE") TimelineEntry.Kind kind,
      @NotBlank
          @Size(max = MAX_BODY)
          @Schema(
              description = "4,000 characters; never a NIR nor health details",
              example = "Camille a confirmé sa venue à l'information collective.")
          String body) {}

  @Schema(name = "TimelineEntry")
  public record EntryView(
      UUID id,
      TimelineEntry.Kind kind,
      @Schema(
              description = "The subject of the author's token",
              maxLength = Bounds.ACTOR_MAX_LENGTH)
          String author,
      Side authorSide,
      @Nullable
          @Schema(description = "Absent once the referral is anonymised", maxLength = MAX_BODY)
          String body,
      Instant createdAt) {

    static EntryView of(TimelineEntry entry) {
      return new EntryView(
          entry.id, entry.kind, entry.author, entry.authorSide, entry.body, entry.createdAt);
    }
  }
}
