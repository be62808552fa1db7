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
}
