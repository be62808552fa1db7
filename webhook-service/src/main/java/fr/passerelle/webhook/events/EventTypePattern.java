package fr.passerelle.webhook.events;

import java.util.regex.Pattern;

/**
 * An event type a subscription asks for: exact ({@code fr.passerelle.referral.status-changed.v1})
 * or every type under a prefix ({@code fr.passerelle.referral.*}).
 */
public final class EventTypePattern {

  public static final String SYNTAX = "[a-z0-9-]+(\\.[a-z0-9-]+)*(\\.\\*)?";
  private static final Pattern VALID = Pattern.compile(SYNTAX);

  private EventTypePattern() {}

  public static boolean isValid(String pattern) {
    return pattern != null && VALID.matcher(pattern).matches();
  }

  public static boolean matches(String pattern, String eventType) {
    if (pattern.endsWith(".*")) {
      return eventType.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return pattern.equals(eventType);
  }
}
