package fr.passerelle.platform.web.etag;

/**
 * What an application service returns for a mutable resource: its view (never the entity) and the
 * version that becomes its {@code ETag}.
 */
public record Versioned<V>(V view, long version) {}
