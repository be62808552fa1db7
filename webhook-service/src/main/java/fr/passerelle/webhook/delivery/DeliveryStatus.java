package fr.passerelle.webhook.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its first attempt or for a retry. */
  PENDING,
  /** A 2xx answered one of its attempts. */
  DELIVERED,
  /**
   * Every attempt of the schedule failed, or the endpoint answered 410 (a subscription disabled
   * otherwise keeps its deliveries waiting, to go out once it is enabled again).
   */
  FAILED
}
