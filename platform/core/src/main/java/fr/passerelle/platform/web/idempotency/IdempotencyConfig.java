package fr.passerelle.platform.web.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code passerelle.idempotency.*} */
@ConfigMapping(prefix = "passerelle.idempotency")
public interface IdempotencyConfig {

  /** How long a key is remembered; afterwards it may be used again. */
  @WithDefault("P1D")
  Duration retention();

  /**
   * After this long a request still marked in progress is taken to have died with its replica, and
   * the key may be claimed again (nothing was committed: the business change and the completion
   * commit together).
   */
  @WithDefault("PT2M")
  Duration abandonedAfter();
}
