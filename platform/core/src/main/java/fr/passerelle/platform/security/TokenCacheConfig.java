package fr.passerelle.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code passerelle.token-cache.*}: how many verified tokens a service remembers, how long. */
@ConfigMapping(prefix = "passerelle.token-cache")
public interface TokenCacheConfig {

  /** Tokens remembered at most; 0 verifies every request's token. */
  @WithDefault("10000")
  long maxSize();

  /** A token is verified again after this long even if it has not expired. */
  @WithDefault("PT5M")
  Duration maxTtl();
}
