package fr.passerelle.gateway.tracing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * W3C Trace Context {@code traceparent}: the gateway continues the caller's trace when it sent a
 * valid one, starts a new one otherwise, and always puts its own span id as the parent of the
 * service's work.
 */
public record TraceParent(String traceId, String parentId, String flags) {

  private static final Pattern VALID =
      Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
  private static final String ZERO_TRACE = "0".repeat(32);
  private static final String SAMPLED = "01";

  public static TraceParent continueOrStart(String incoming) {
    if (incoming != null) {
      var matcher = VALID.matcher(incoming);
      if (matcher.matches() && !matcher.group(1).equals(ZERO_TRACE)) {
        return new TraceParent(matcher.group(1), randomHex(1), matcher.group(3));
      }
    }
    return new TraceParent(randomHex(2), randomHex(1), SAMPLED);
  }

  public String header() {
    return "00-" + traceId + "-" + parentId + "-" + flags;
  }

  private static String randomHex(int longs) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder hex = new StringBuilder(longs * 16);
    for (int i = 0; i < longs; i++) {
      long value;
      do {
        value = random.nextLong();
      } while (value == 0);
      String part = Long.toHexString(value);
      hex.append("0".repeat(16 - part.length())).append(part);
    }
    return hex.toString();
  }
}
