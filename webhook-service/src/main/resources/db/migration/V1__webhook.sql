-- A client's subscription: where to deliver which events, signed with its secret.
CREATE TABLE subscription (
    id                    uuid PRIMARY KEY,
    owner                 text NOT NULL,          -- the OAuth client that created it (azp)
    audience              text NOT NULL,          -- PE_SYSTEM, PARTNER or ADMIN: what it may receive
    url                   text NOT NULL,
    event_types           text[] NOT NULL,
    description           text,
    enabled               boolean NOT NULL,
    disabled_reason       text,
    disabled_at           timestamptz,
    secret                text NOT NULL,
    previous_secret       text,
    previous_secret_until timestamptz,
    failing_since         timestamptz,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint NOT NULL
);
CREATE INDEX subscription_owner ON subscription (owner, created_at, id);

-- Which client an aggregate of the referral topic belongs to (a referral or an orientation it
-- submitted): the Pôle emploi system's subscriptions receive their own aggregates' events only.
CREATE TABLE aggregate_owner (
    aggregate_id text PRIMARY KEY,
    client_id    text NOT NULL
);

-- One event to deliver to one subscription; the body is the CloudEvent exactly as signed and sent.
CREATE TABLE delivery (
    id              uuid PRIMARY KEY,
    seq             bigserial NOT NULL UNIQUE,
    subscription_id uuid NOT NULL REFERENCES subscription ON DELETE CASCADE,
    event_id        text NOT NULL,
    event_type      text NOT NULL,
    subject         text,
    event_time      timestamptz NOT NULL,
    body            text NOT NULL,
    status          text NOT NULL,                -- PENDING, DELIVERED, FAILED
    attempts        int NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    leased_until    timestamptz,
    last_attempt_at timestamptz,
    last_outcome    text,
    created_at      timestamptz NOT NULL,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX delivery_due ON delivery (subscription_id, next_attempt_at, seq) WHERE status = 'PENDING';
CREATE INDEX delivery_log ON delivery (subscription_id, seq DESC);
CREATE INDEX delivery_subject ON delivery (subscription_id, subject, seq) WHERE status = 'PENDING';

-- Every attempt, for the delivery log.
CREATE TABLE attempt (
    id           bigserial PRIMARY KEY,
    delivery_id  uuid NOT NULL REFERENCES delivery ON DELETE CASCADE,
    attempted_at timestamptz NOT NULL,
    status_code  int,
    outcome      text NOT NULL,                   -- SUCCESS, HTTP_ERROR, TIMEOUT, NETWORK_ERROR, REFUSED_ADDRESS, GONE
    error        text,
    latency_ms   int NOT NULL
);
CREATE INDEX attempt_delivery ON attempt (delivery_id, id);
