package fr.passerelle.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Which consumers are held up, and since when: what the readiness check reports. */
@ApplicationScoped
public class ConsumerStates {

  private final Map<String, Instant> waitingForDatabase = new ConcurrentHashMap<>();

  /**
   * @return true when the consumer starts waiting now, false when it already was
   */
  boolean startWaiting(String consumer, Instant since) {
    return waitingForDatabase.putIfAbsent(consumer, since) == null;
  }

  /**
   * @return when the consumer had started waiting, if it was
   */
  Optional<Instant> resumed(String consumer) {
    return Optional.ofNullable(waitingForDatabase.remove(consumer));
  }

  /** The consumers that cannot apply events because their database is down, and since when. */
  public Map<String, Instant> waitingForDatabase() {
    return Map.copyOf(waitingForDatabase);
  }
}
