-- Idempotency-Key: the stored outcome of a POST, per client and key.
CREATE TABLE idempotency_record (
    client_id        TEXT NOT NULL,
    idempotency_key  TEXT NOT NULL,
    request_hash     TEXT NOT NULL,
    request_path     TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    response_status  INT,
    response_headers JSONB,
    response_body    TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    completed_at     TIMESTAMPTZ,
    PRIMARY KEY (client_id, idempotency_key)
);

CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
