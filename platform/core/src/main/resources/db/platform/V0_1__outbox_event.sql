-- Transactional outbox: written in the business transaction, relayed to Kafka by OutboxRelay.
CREATE TABLE outbox_event (
    id           UUID PRIMARY KEY,               -- CloudEvents id
    seq          BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE, -- publication order
    topic        TEXT NOT NULL,
    aggregate_id TEXT NOT NULL,                   -- Kafka key and CloudEvents subject
    type         TEXT NOT NULL,                   -- CloudEvents type
    source       TEXT NOT NULL,                   -- CloudEvents source
    occurred_at  TIMESTAMPTZ NOT NULL,            -- CloudEvents time
    payload      JSON NOT NULL,                   -- CloudEvents data, kept as written
    published_at TIMESTAMPTZ
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;
