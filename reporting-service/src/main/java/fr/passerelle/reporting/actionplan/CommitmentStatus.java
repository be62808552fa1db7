package fr.passerelle.reporting.actionplan;

/**
 * Where a commitment of the action plan stands, as steering records it. Whether it is late is not a
 * status but a fact of the day: PLANNED or IN_PROGRESS past its due date ({@code late} in its
 * view).
 */
public enum CommitmentStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  /** Given up: kept, so that the plan shows what was promised and not done. */
  ABANDONED;

  /** Whether the commitment is still to be kept, and so may be late. */
  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
