-- Tables of the proof application that exercises the platform in its tests.
CREATE TABLE widget (
    id      UUID PRIMARY KEY,
    name    TEXT NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE received_event (
    event_id TEXT PRIMARY KEY,
    type     TEXT NOT NULL,
    subject  TEXT
);
