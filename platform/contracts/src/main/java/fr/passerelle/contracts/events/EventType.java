package fr.passerelle.contracts.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The contract of one kind of event a service publishes: its CloudEvents type, its Kafka topic and
 * the record that is its payload. Each publishing service has one catalog class in this module
 * ({@code DirectoryEvents}, {@code ReferralEvents}), which producers and consumers both use:
 *
 * <pre>{@code
 * public static final EventType<SiteCreated> SITE_CREATED =
 *     EventType.of("directory", "site-created", SiteCreated.class);
 * }</pre>
 *
 * <p>The type is {@code fr.passerelle.<service>.<event>.v<version>}, the topic {@code
 * passerelle.<service>.v1} (one topic per service, the aggregate id as key, so the events of one
 * aggregate stay in order). The JSON Schema of the payload lives at {@link #schemaResource()}.
 */
public record EventType<P extends Record>(
    String service, String name, int version, Class<P> payloadType) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public EventType {
    Objects.requireNonNull(payloadType, "payloadType");
    if (service == null || !NAME.matcher(service).matches()) {
      throw new IllegalArgumentException("service must be kebab-case: " + service);
    }
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("event name must be kebab-case: " + name);
    }
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more");
    }
  }

  public static <P extends Record> EventType<P> of(
      String service, String name, Class<P> payloadType) {
    return new EventType<>(service, name, 1, payloadType);
  }

  /** The CloudEvents {@code type} attribute. */
  public String type() {
    return "fr.passerelle." + service + "." + name + ".v" + version;
  }

  /** The Kafka topic of every event of this service. */
  public String topic() {
    return topicOf(service);
  }

  /** The CloudEvents {@code source} attribute. */
  public String source() {
    return "/passerelle/" + service;
  }

  /** Classpath location of the payload's JSON Schema. */
  public String schemaResource() {
    return "events/" + type() + ".schema.json";
  }

  /** The committed JSON Schema of the payload, as text. */
  public String schemaText() {
    try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("no JSON Schema at " + schemaResource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable JSON Schema " + schemaResource(), e);
    }
  }

  public static String topicOf(String service) {
    return "passerelle." + service + ".v1";
  }
}
