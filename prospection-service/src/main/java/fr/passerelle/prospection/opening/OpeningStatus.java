package fr.passerelle.prospection.opening;

/**
 * Where an opening stands: {@code OPEN} once published, then {@code FILLED} or {@code CLOSED} by an
 * officer, or {@code EXPIRED} by itself the day after its end date. Only an open opening changes.
 */
public enum OpeningStatus {
  OPEN,
  FILLED,
  CLOSED,
  EXPIRED
}
