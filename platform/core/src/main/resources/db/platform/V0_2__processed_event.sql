-- Idempotent consumers: an event id is recorded in the same transaction as its effects.
CREATE TABLE processed_event (
    consumer     TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Messages that kept failing, parked so that their partition moves on.
CREATE TABLE dead_letter_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consumer       TEXT NOT NULL,
    topic          TEXT NOT NULL,
    kafka_partition INT NOT NULL,
    kafka_offset   BIGINT NOT NULL,
    event_id       TEXT,
    event_type     TEXT,
    record_key     TEXT,
    headers        JSONB NOT NULL,
    payload        BYTEA,
    error          TEXT NOT NULL,
    attempts       INT NOT NULL,
    parked_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);
