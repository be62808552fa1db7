package fr.passerelle.platform.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in tests: real time, moved forward by a test and set back after it. */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock {

  private static volatile Duration offset = Duration.ZERO;

  public static void moveForward(Duration by) {
    offset = offset.plus(by);
  }

  public static void reset() {
    offset = Duration.ZERO;
  }

  @Produces
  @Singleton
  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.now().plus(offset);
      }
    };
  }
}
